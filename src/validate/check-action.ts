/**
 * Button and trigger actions: each names what it needs (`goto` a step of this tour, `start-tour` a tour, `link` an
 * address, `app` a registered action), and keys of other actions are ignored.
 * @packageDocumentation
 */
import { missing } from './check-references.js';
import { article } from './phrasing.js';
import { ids, isObj, join, list, type Obj } from './read-document.js';
import { defs } from './schema-defs.js';
import { warn, type ValidationIssue } from './validation-issue.js';

/** What each action needs, and how to explain it. */
const ACTION_NEEDS: Record<string, [key: string, what: string]> = {
  goto: ['step', 'the id of the step in this tour to jump to'],
  'start-tour': ['tour', 'the id of the tour to start'],
  link: ['href', 'the address to open'],
  app: ['name', 'the name of an action the app registered'],
  escalate: ['reason', ''],
};

/**
 * Checks one action object: its needed key is there and names something that exists; other actions' keys warn.
 * @param action - the object with an `action` key (a button, or an action elsewhere)
 * @param path - its path
 * @param def - its definition (`ButtonDefinition`, …), which decides whether it is called a button or an action
 * @param doc - the whole document, to find the steps of the tour a `goto` is in
 * @param tourIds - the ids of the document's tours
 * @param out - collects the issues
 */
export function checkAction(
  action: Obj,
  path: string,
  def: string,
  doc: Obj,
  tourIds: string[],
  out: ValidationIssue[],
): void {
  const name = action.action;
  const noun = def.includes('Button') ? 'button' : 'action';
  if (typeof name !== 'string' || !defs.ButtonAction.enum?.includes(name)) return;
  for (const [owner, [key]] of Object.entries(ACTION_NEEDS)) {
    if (owner !== name && action[key] !== undefined) {
      warn(
        out,
        join(path, key),
        `"${key}" is only used by "${owner}" ${noun}s, so it is ignored on ${article(name)} "${name}" ${noun}.`,
      );
    }
  }
  const [key, what] = ACTION_NEEDS[name] ?? [];
  if (!key || !what) return;
  const value = action[key];
  const p = join(path, key);
  if (value === undefined)
    return void out.push({
      path: p,
      severity: 'error',
      message: `${article(name).replace('a', 'A')} "${name}" ${noun} needs "${key}": ${what}.`,
      received: 'nothing',
    });
  if (typeof value !== 'string' || (key !== 'step' && key !== 'tour')) return;
  if (key === 'tour') {
    if (!tourIds.includes(value))
      missing(out, p, value, tourIds, `There is no tour with id ${JSON.stringify(value)}.`, 'the id of a tour');
    return;
  }
  const step = /^tours\[(\d+)\]\.steps\[\d+\]\./.exec(path);
  if (!step) {
    return void out.push({
      path: join(path, 'action'),
      severity: 'error',
      message: `A "goto" ${noun} only works in a tour step, where there are steps to jump to. Use "start-tour" to start a tour.`,
      received: '"goto"',
    });
  }
  const tour = list(doc.tours)[Number(step[1])];
  const stepIds = ids(list(isObj(tour) ? tour.steps : undefined));
  if (!stepIds.includes(value))
    missing(
      out,
      p,
      value,
      stepIds,
      `There is no step with id ${JSON.stringify(value)} in this tour.`,
      'the id of a step',
    );
}
