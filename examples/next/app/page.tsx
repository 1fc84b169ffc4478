import { Example } from './example';

// A server component: the page's HTML is rendered at build time; Waymark starts in the browser (see example.tsx).
export default function Home() {
  return (
    <main>
      <h1>Waymark + Next.js</h1>
      <p>A small Next.js App Router app with a tour, a checklist, a hint and a chat button from one guide document.</p>
      <Example />
    </main>
  );
}
