import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { Metrics } from '../core/analytics/metrics.js';
import { tokens } from './tokens.styles.js';

const pct = (r: number) => `${Math.round(r * 100)}%`;
const secs = (ms: number) => (ms ? `${(ms / 1000).toFixed(1)} s` : '–');
const dl = (pairs: [string, string | number][]) => html`<dl>${pairs.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
const table = (caption: string, head: string[], rows: (string | number)[][]) =>
  html`<table><caption>${caption}</caption><thead><tr>${head.map((h, i) => html`<th scope="col" class=${i ? 'n' : ''}>${h}</th>`)}</tr></thead><tbody>${rows.map(
    ([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((v) => html`<td class="n">${v}</td>`)}</tr>`,
  )}</tbody></table>`;

/**
 * A small read-only panel showing what `metrics()` computed from the local event stream: per tour a
 * summary and a step funnel (reached, completed, dropped off here, drop-off rate, median time), checklist
 * completion, help offers and deflection, and proactive triggers. A pure view: set `metrics`.
 *
 * @summary Onboarding metrics: funnels, drop-off, checklists, deflection.
 * @csspart panel - the panel box.
 * @cssproperty --wm-color-bg - background.
 * @cssproperty --wm-color-fg - text colour.
 * @cssproperty --wm-color-muted - borders and secondary text.
 * @cssproperty --wm-radius - corner radius.
 * @cssproperty --wm-font - font family.
 */
export class WmMetricsPanel extends LitElement {
  static override styles = [
    tokens,
    css`
:host{display:block}
:host([hidden]){display:none}
.panel{box-sizing:border-box;padding:12px 16px;border:1px solid var(--_muted);border-radius:var(--_radius);background:var(--_bg);color:var(--_fg);font:13px/1.4 var(--_font)}
h2{margin:0 0 8px;font-size:16px}
h3{margin:12px 0 4px;font-size:14px}
table{border-collapse:collapse;width:100%;margin:4px 0 8px}
caption{text-align:start;color:var(--_muted);padding-bottom:2px}
th,td{padding:2px 6px;border-bottom:1px solid color-mix(in srgb,var(--_muted) 30%,transparent);text-align:start}
.n{text-align:end;font-variant-numeric:tabular-nums}
dl{display:flex;flex-wrap:wrap;gap:4px 16px;margin:0}
dt{color:var(--_muted)}
dd{margin:0;font-weight:600}
p{margin:4px 0;color:var(--_muted)}
`,
  ];
  static override properties = { metrics: { attribute: false }, heading: {} };

  /** The metrics to show (from `metrics(waymark.context)` or `computeMetrics`). */
  metrics: Metrics | null = null;
  /** The panel's heading. @default "Onboarding metrics" */
  heading = 'Onboarding metrics';

  protected override render(): TemplateResult {
    const m = this.metrics;
    const tours = Object.entries(m?.tours ?? {});
    const lists = Object.entries(m?.checklists ?? {});
    const help = m?.help;
    const sup = Object.entries(m?.triggers.suppressed ?? {});
    return html`<section part="panel" class="panel" aria-labelledby="h"><h2 id="h">${this.heading}</h2>${
      !m
        ? html`<p>No data yet.</p>`
        : html`${tours.map(
            ([id, t]) => html`<h3>Tour ${id}</h3>${dl([
              ['Started', t.started],
              ['Completed', t.completed],
              ['Dismissed', t.dismissed],
              ['Completion', pct(t.completionRate)],
            ])}${table(
              `Steps of ${id}`,
              ['Step', 'Reached', 'Completed', 'Left here', 'Drop-off', 'Median time'],
              t.steps.map((s) => [s.id, s.reached, s.completed, s.dismissedHere, pct(s.dropOffRate), secs(s.medianMs)]),
            )}`,
          )}${
            lists.length
              ? html`<h3>Checklists</h3>${table(
                  'Checklists',
                  ['Checklist', 'Items completed', 'Completed', 'Dismissed'],
                  lists.map(([id, c]) => [id, Object.values(c.itemsCompleted).reduce((a, b) => a + b, 0), c.completed, c.dismissed]),
                )}`
              : nothing
          }<h3>Help and deflection</h3>${dl([
            ['Help offered', help!.offered],
            ['Chat opened', help!.chatOpened],
            ['Deflection', pct(help!.deflectionRate)],
          ])}<h3>Proactive triggers</h3>${dl([['Fired', m.triggers.fired], ...sup.map(([k, v]): [string, number] => [`Held back: ${k}`, v])])}`
    }</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-metrics-panel': WmMetricsPanel;
  }
}
