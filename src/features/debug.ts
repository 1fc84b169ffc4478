/**
 * Debug mode for proactive rules: explains, per guide, why it showed or not (the condition trace,
 * frequency state, queue position, quiet period left) in a small fixed, collapsible panel and with
 * `console.table`. Loaded with `?waymark-debug` in the URL, or as a plugin: `plugins: [debugPlugin()]`.
 * @packageDocumentation
 */
import { html, render } from 'lit';
import { formatDuration } from '../core/conditions/parse-duration.js';
import type { TraceNode } from '../core/conditions/evaluate-condition.js';
import type { WaymarkContext, WaymarkPlugin } from '../core/waymark-context.js';
import { explainTriggers, onTriggersEvaluated, type TriggerExplanation } from './proactive.js';

const trace = (n: TraceNode | undefined, depth: number, out: string[]): string[] => {
  if (n) {
    out.push(`${'  '.repeat(depth)}${n.ok ? '✓' : '✗'} ${n.text}`);
    n.children?.forEach((c) => trace(c, depth + 1, out));
  }
  return out;
};

/**
 * One guide's verdict in a line: `showing`, `queued #2: quiet period: 4 minutes left`, `trigger not met`…
 * @param x - the guide's explanation (from `explainTriggers`).
 * @returns the verdict.
 */
export function verdict(x: TriggerExplanation): string {
  const { schedule: s, frequency: f } = x;
  if (s.status == 'showing') return 'showing';
  if (s.status == 'queued') return `queued #${s.position}${s.reasons.length ? ': ' + s.reasons.join('; ') : ''}`;
  if (!x.trigger.ok) return 'trigger not met';
  if (x.audience && !x.audience.ok) return 'not in the audience';
  if (!f.ok)
    return `held back by frequency (${f.reason}${f.nextAllowedAt ? `, allowed again ${new Date(f.nextAllowedAt).toISOString()}` : ', for good'})`;
  return 'due';
}

/**
 * Explain one guide in plain lines: verdict, trigger and audience traces (✓ held, ✗ did not), frequency
 * state and quiet period.
 * @param x - the guide's explanation (from `explainTriggers`).
 * @returns the lines, the first being `<id> (<kind>): <verdict>`.
 */
export function explainLines(x: TriggerExplanation): string[] {
  const out = [`${x.guideId} (${x.kind}): ${verdict(x)}`, 'trigger:'];
  trace(x.trigger, 1, out);
  if (x.audience) (out.push('audience:'), trace(x.audience, 1, out));
  const shown = x.showings.filter((r) => r.outcome != 'yielded').length;
  out.push(
    `frequency: ${x.frequency.ok ? 'allows a showing' : `blocked (${x.frequency.reason})`}; shown ${shown} time${shown == 1 ? '' : 's'}`,
  );
  if (x.schedule.quietRemainingMs) out.push(`quiet period: ${formatDuration(x.schedule.quietRemainingMs)} left`);
  return out;
}

/**
 * The debug plugin: a fixed panel (bottom left, collapsible, updated after each evaluation) listing
 * every triggered guide with its explanation, and a button printing them with `console.table`.
 * Runs after the proactive feature (it reads its state).
 *
 * Words of the panel, localised with `createWaymark({ labels })` (the explanations themselves are developer
 * diagnostics, in English like the console output):
 *
 * | key | default |
 * | --- | --- |
 * | `debug.panel` | Waymark debug (accessible name of the panel) |
 * | `debug.title` | Waymark debug: why guides show |
 * | `debug.print` | Print to console |
 * @returns the plugin.
 */
export function debugPlugin(): WaymarkPlugin {
  return (ctx: WaymarkContext) => {
    if (typeof document == 'undefined') return;
    const host = document.createElement('div');
    host.setAttribute('data-waymark-debug', '');
    const root = host.attachShadow({ mode: 'open' });
    const table = () =>
      console.table(
        explainTriggers(ctx).map((x) => ({
          guide: x.guideId,
          kind: x.kind,
          verdict: verdict(x),
          trigger: trace(x.trigger, 0, []).join('\n'),
        })),
      );
    const draw = () =>
      render(
        html`<style>
            section{position:fixed;left:8px;bottom:8px;z-index:2147483647;max-width:min(36rem,90vw);max-height:50vh;overflow:auto;background:#fff;color:#1f2328;border:1px solid #57606a;border-radius:6px;font:12px/1.4 system-ui,sans-serif;padding:4px 8px}
            pre{margin:4px 0;white-space:pre-wrap}
            summary{cursor:pointer;font-weight:600}
          </style>
          <section aria-label=${ctx.label('debug.panel', 'Waymark debug')}>
            <details open>
              <summary>${ctx.label('debug.title', 'Waymark debug: why guides show')}</summary>
              ${explainTriggers(ctx).map((x) => html`<pre>${explainLines(x).join('\n')}</pre>`)}
              <button type="button" @click=${table}>${ctx.label('debug.print', 'Print to console')}</button>
            </details>
          </section>`,
        root,
      );
    document.body.append(host);
    draw();
    const off = onTriggersEvaluated(ctx, draw);
    return () => (off(), host.remove());
  };
}
