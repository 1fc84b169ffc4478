/**
 * Trigger explanations in plain lines, for the debug panel and the console (developer diagnostics, in English).
 * @packageDocumentation
 */
import type { TraceNode } from '../conditions/condition-kind.js';
import { formatDuration } from '../conditions/parse-duration.js';
import type { TriggerExplanation } from './proactive-engine.js';

/**
 * A condition trace as indented lines: `✓` held, `✗` did not.
 * @param node - the trace (nothing for none).
 * @param depth - the indentation level of the first line.
 * @param out - where the lines go.
 * @returns `out`.
 */
export function traceLines(node: TraceNode | undefined, depth: number, out: string[] = []): string[] {
  if (node) {
    out.push(`${'  '.repeat(depth)}${node.ok ? '✓' : '✗'} ${node.text}`);
    node.children?.forEach((child) => traceLines(child, depth + 1, out));
  }
  return out;
}

/**
 * One guide's verdict in a line: `showing`, `queued #2: quiet period: 4 minutes left`, `trigger not met`…
 * @param explanation - the guide's explanation (from `explainTriggers`).
 * @returns the verdict.
 */
export function verdict(explanation: TriggerExplanation): string {
  const { schedule, frequency } = explanation;
  if (schedule.status == 'showing') return 'showing';
  if (schedule.status == 'queued')
    return `queued #${schedule.position}${schedule.reasons.length ? ': ' + schedule.reasons.join('; ') : ''}`;
  if (!explanation.trigger.ok) return 'trigger not met';
  if (explanation.audience && !explanation.audience.ok) return 'not in the audience';
  if (!frequency.ok) {
    const until = frequency.nextAllowedAt
      ? `, allowed again ${new Date(frequency.nextAllowedAt).toISOString()}`
      : ', for good';
    return `held back by frequency (${frequency.reason}${until})`;
  }
  return 'due';
}

/**
 * Explain one guide in plain lines: verdict, trigger and audience traces (✓ held, ✗ did not), frequency
 * state and quiet period.
 * @param explanation - the guide's explanation (from `explainTriggers`).
 * @returns the lines, the first being `<id> (<kind>): <verdict>`.
 */
export function explainLines(explanation: TriggerExplanation): string[] {
  const out = [`${explanation.guideId} (${explanation.kind}): ${verdict(explanation)}`, 'trigger:'];
  traceLines(explanation.trigger, 1, out);
  if (explanation.audience) {
    out.push('audience:');
    traceLines(explanation.audience, 1, out);
  }
  const shown = explanation.showings.filter((record) => record.outcome != 'yielded').length;
  const allows = explanation.frequency.ok ? 'allows a showing' : `blocked (${explanation.frequency.reason})`;
  out.push(`frequency: ${allows}; shown ${shown} time${shown == 1 ? '' : 's'}`);
  if (explanation.schedule.quietRemainingMs)
    out.push(`quiet period: ${formatDuration(explanation.schedule.quietRemainingMs)} left`);
  return out;
}
