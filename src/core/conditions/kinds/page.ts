/**
 * `page`: the current path matches a glob, optionally with enough visits to matching pages.
 * @packageDocumentation
 */
import type { ConditionKind } from '../condition-kind.js';
import type { PageCondition } from '../condition-definition.js';
import { describeCount, matchesCount } from '../count-range.js';
import { matchPath } from '../match-path.js';

/** The `page` kind. */
export const pageKind: ConditionKind<PageCondition> = {
  kind: 'page',
  matches: (condition) => 'page' in condition,
  evaluate(condition, evaluation) {
    const page = evaluation.context.page;
    const rule = condition.page;
    const glob = typeof rule === 'string' ? rule : rule?.matches;
    let ok = typeof glob === 'string' && matchPath(glob, page.path);
    let visits = '';
    if (ok && typeof rule !== 'string' && rule.visits !== undefined) {
      const found = page.visits(glob);
      ok = matchesCount(rule.visits, found);
      visits = `, ${found} visits of ${describeCount(rule.visits)}`;
    }
    if (evaluation.explaining) evaluation.text = `page ${glob} (on ${page.path}${visits})`;
    return ok;
  },
};
