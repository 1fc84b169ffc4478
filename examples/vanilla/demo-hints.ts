import type { Waymark } from '../../src/index.js';

/** Hints demo: a "Reset hints" link in the sidebar brings back the hints the demo user dismissed. */
export default function (waymark: Waymark): void {
  const reset = document.createElement('a');
  reset.href = '#';
  reset.textContent = 'Reset hints';
  reset.addEventListener('click', (e) => {
    e.preventDefault();
    waymark.progress.setSection('hints', undefined);
  });
  document.querySelector('.sidebar')?.append(reset);
}
