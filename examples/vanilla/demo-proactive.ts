// Proactive rules in the demo: help centre article views feed the "billing walkthrough" trigger, a card that
// looks clickable but is not (to rage-click), and a Metrics panel computed from the local event stream.
// Add ?waymark-debug to the URL to see why each rule shows or not.
import type { Waymark } from '../../src/create-waymark.js';
import { registerElements } from '../../src/elements/register-elements.js';
import { WmMetricsPanel, metricsLabels } from '../../src/elements/metrics-panel.js';

export default function (waymark: Waymark): void {
  const ctx = waymark.context;
  // The proactive engine loads by itself (the guide has triggers); main.ts turns the event log on (`analytics`).

  const note = document.createElement('p');
  note.className = 'lead';
  note.textContent =
    'Try it: on Billing, open Help and read "Update your payment method" three times, or click the "Open tasks" card (it is not a link) four times quickly.';
  document.querySelector('.reports')!.append(note);

  registerElements({ 'wm-metrics-panel': WmMetricsPanel });
  const toggle = document.createElement('button');
  toggle.className = 'ghost';
  toggle.textContent = 'Metrics';
  toggle.setAttribute('aria-expanded', 'false');
  const panel = document.createElement('wm-metrics-panel');
  panel.id = 'metrics-panel';
  panel.hidden = true;
  panel.labels = metricsLabels(waymark.context);
  panel.style.cssText =
    'position:fixed;right:16px;bottom:16px;z-index:10;width:min(34rem,90vw);max-height:70vh;overflow:auto';
  toggle.setAttribute('aria-controls', panel.id);
  const refresh = () => void waymark.metrics().then((m) => (panel.metrics = m));
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
    refresh();
  });
  ctx.onDestroy(waymark.events.onAny(() => panel.hidden || queueMicrotask(refresh)));
  document.querySelector('.topbar')!.append(toggle);
  document.body.append(panel);
}
