import { localize } from '../core/localize.js';
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { Metrics } from '../core/analytics/metrics.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import { tokens } from './tokens.styles.js';

/**
 * The English words of `<wm-metrics-panel>`, keyed by label name; `{id}` stands for a tour id and `{reason}` for a
 * suppression reason. The app's words come in through the element's `labels` (keys without the `metrics.` prefix),
 * or from an instance with {@link metricsLabels}.
 */
export const defaultMetricsLabels = {
  heading: 'Onboarding metrics',
  empty: 'No data yet.',
  tour: 'Tour {id}',
  started: 'Started',
  completed: 'Completed',
  dismissed: 'Dismissed',
  completion: 'Completion',
  steps: 'Steps of {id}',
  step: 'Step',
  reached: 'Reached',
  leftHere: 'Left here',
  dropOff: 'Drop-off',
  medianTime: 'Median time',
  checklists: 'Checklists',
  checklist: 'Checklist',
  itemsCompleted: 'Items completed',
  help: 'Help and deflection',
  helpOffered: 'Help offered',
  chatOpened: 'Chat opened',
  deflection: 'Deflection',
  triggers: 'Proactive triggers',
  fired: 'Fired',
  heldBack: 'Held back: {reason}',
};

/** The words of `<wm-metrics-panel>` (see {@link defaultMetricsLabels}). */
export type MetricsLabels = typeof defaultMetricsLabels;

/**
 * The panel's words localised by an instance: `metrics.<name>` from `createWaymark({ labels })`, else English.
 * @param ctx - the instance's context (`waymark.context`).
 * @returns labels for the element's `labels` property.
 * @example `panel.labels = metricsLabels(waymark.context)`
 */
export const metricsLabels = (ctx: Pick<WaymarkContext, 'label'>): MetricsLabels =>
  localize(ctx, 'metrics', defaultMetricsLabels);

const pct = (r: number) => `${Math.round(r * 100)}%`;
const secs = (ms: number) => (ms ? `${(ms / 1000).toFixed(1)} s` : '–');
const dl = (pairs: [string, string | number][]) =>
  html`<dl>${pairs.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
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
  static override properties = { metrics: { attribute: false }, heading: {}, labels: { attribute: false } };

  /** The metrics to show (from `metrics(waymark.context)` or `computeMetrics`). */
  metrics: Metrics | null = null;
  /** The panel's heading (overrides `labels.heading`). */
  heading = '';
  /** Localised words (English defaults for the ones left out); see {@link defaultMetricsLabels}. */
  labels: Partial<MetricsLabels> = {};

  protected override render(): TemplateResult {
    const m = this.metrics;
    const l = { ...defaultMetricsLabels, ...this.labels };
    const t = (text: string, id: string) => text.replace(/\{(id|reason)\}/g, () => id);
    const tours = Object.entries(m?.tours ?? {});
    const lists = Object.entries(m?.checklists ?? {});
    const help = m?.help;
    const sup = Object.entries(m?.triggers.suppressed ?? {});
    return html`<section part="panel" class="panel" aria-labelledby="h"><h2 id="h">${this.heading || l.heading}</h2>${
      !m
        ? html`<p>${l.empty}</p>`
        : html`${tours.map(
            ([id, x]) =>
              html`<h3>${t(l.tour, id)}</h3>${dl([
                [l.started, x.started],
                [l.completed, x.completed],
                [l.dismissed, x.dismissed],
                [l.completion, pct(x.completionRate)],
              ])}${table(
                t(l.steps, id),
                [l.step, l.reached, l.completed, l.leftHere, l.dropOff, l.medianTime],
                x.steps.map((s) => [
                  s.id,
                  s.reached,
                  s.completed,
                  s.dismissedHere,
                  pct(s.dropOffRate),
                  secs(s.medianMs),
                ]),
              )}`,
          )}${
            lists.length
              ? html`<h3>${l.checklists}</h3>${table(
                  l.checklists,
                  [l.checklist, l.itemsCompleted, l.completed, l.dismissed],
                  lists.map(([id, c]) => [
                    id,
                    Object.values(c.itemsCompleted).reduce((a, b) => a + b, 0),
                    c.completed,
                    c.dismissed,
                  ]),
                )}`
              : nothing
          }<h3>${l.help}</h3>${dl([
            [l.helpOffered, help!.offered],
            [l.chatOpened, help!.chatOpened],
            [l.deflection, pct(help!.deflectionRate)],
          ])}<h3>${l.triggers}</h3>${dl([[l.fired, m.triggers.fired], ...sup.map(([k, v]): [string, number] => [t(l.heldBack, k), v])])}`
    }</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-metrics-panel': WmMetricsPanel;
  }
}
