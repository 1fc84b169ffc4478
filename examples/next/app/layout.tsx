import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../../shared/styles.css';

export const metadata: Metadata = { title: 'Waymark + Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
