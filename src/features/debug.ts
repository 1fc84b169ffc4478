/**
 * Debug mode for proactive rules: explains, per guide, why it showed or not (the condition trace,
 * frequency state, queue position, quiet period left) in a small fixed, collapsible panel and with
 * `console.table`. Loaded by `createWaymark` with `debug: true` or `?waymark-debug` in the URL, or as a plugin:
 * `plugins: [debugPlugin()]`. It reads the engine through the instance's trigger monitor, never the feature module.
 * @packageDocumentation
 */
import { html, render } from 'lit';
import { explainLines, traceLines, verdict } from '../core/proactive/describe-triggers.js';
import { triggerMonitorOf } from '../core/proactive/trigger-monitor.js';
import type { WaymarkContext, WaymarkPlugin } from '../core/waymark-context.js';

export { explainLines, verdict };

/**
 * The debug plugin: a fixed panel (bottom left, collapsible, updated after each evaluation) listing
 * every triggered guide with its explanation, and a button printing them with `console.table`.
 * Runs before or after the proactive feature, and across its restarts (it watches the instance's trigger monitor).
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
    const monitor = triggerMonitorOf(ctx);
    const table = () =>
      console.table(
        monitor.explain().map((x) => ({
          guide: x.guideId,
          kind: x.kind,
          verdict: verdict(x),
          trigger: traceLines(x.trigger, 0).join('\n'),
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
              ${monitor.explain().map((x) => html`<pre>${explainLines(x).join('\n')}</pre>`)}
              <button type="button" @click=${table}>${ctx.label('debug.print', 'Print to console')}</button>
            </details>
          </section>`,
        root,
      );
    const unmount = ctx.mount(host);
    draw();
    const off = monitor.onEvaluated(draw);
    return () => {
      off();
      unmount();
    };
  };
}
