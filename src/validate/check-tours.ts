/**
 * Advice on tours that the schema allows but that do not work as meant: no title, `advanceOn` without a target,
 * `highlight` without a spotlight, long bodies.
 * @packageDocumentation
 */
import { isObj, list, type Obj } from './read-document.js';
import { warn, type ValidationIssue } from './validation-issue.js';

/** Bodies longer than this get a "keep steps short" warning. */
const BODY_LIMIT = 600;

/** Warns about tour and step settings that have no effect, and about steps too long to read. */
export function checkTours(doc: Obj, out: ValidationIssue[]): void {
  list(doc.tours).forEach((tour, t) => {
    if (!isObj(tour)) return;
    const tp = `tours[${t}]`;
    if (tour.title === undefined) {
      warn(
        out,
        tp,
        'This tour has no "title". Add one: screen-reader users hear it, and analytics and the preview show it.',
      );
    }
    list(tour.steps).forEach((step, s) => {
      if (!isObj(step)) return;
      const sp = `${tp}.steps[${s}]`;
      if (step.advanceOn !== undefined && step.target === undefined) {
        warn(
          out,
          `${sp}.advanceOn`,
          '"advanceOn" has no effect because this step has no "target" to watch. Add a target or remove advanceOn.',
        );
      }
      const spotlightOff =
        step.spotlight === false ||
        (step.spotlight === undefined && isObj(tour.defaults) && tour.defaults.spotlight === false);
      if (Array.isArray(step.highlight) && step.highlight.length && spotlightOff) {
        warn(
          out,
          `${sp}.highlight`,
          '"highlight" has no effect because this step has no spotlight ("spotlight": false). Remove one of them.',
        );
      }
      if (typeof step.body === 'string' && step.body.length > BODY_LIMIT) {
        warn(
          out,
          `${sp}.body`,
          `The body is ${step.body.length} characters long. Keep steps short: aim for under ${BODY_LIMIT} characters, or split it into several steps.`,
        );
      }
    });
  });
}
