/**
 * Checklist item dependencies (`dependsOn`).
 * @packageDocumentation
 */
import { cycle, missing } from './check-references.js';
import { quote } from './phrasing.js';
import { ids, isObj, list, type Obj } from './read-document.js';
import type { ValidationIssue } from './validation-issue.js';

/** Checklist items wait only for items of their own checklist, and never (indirectly) for themselves. */
export function checkDependencies(doc: Obj, out: ValidationIssue[]): void {
  list(doc.checklists).forEach((checklist, c) => {
    const items = list(isObj(checklist) ? checklist.items : undefined);
    const itemIds = ids(items);
    const links = new Map<string, string[]>();
    items.forEach((item, i) => {
      if (!isObj(item) || !Array.isArray(item.dependsOn)) return;
      if (typeof item.id === 'string')
        links.set(
          item.id,
          item.dependsOn.filter((d): d is string => typeof d === 'string'),
        );
      item.dependsOn.forEach((d, j) => {
        if (typeof d === 'string' && !itemIds.includes(d)) {
          missing(
            out,
            `checklists[${c}].items[${i}].dependsOn[${j}]`,
            d,
            itemIds,
            `There is no item with id ${quote(d)} in this checklist.`,
            'the id of an item of this checklist',
          );
        }
      });
    });
    items.forEach((item, i) => {
      const id = isObj(item) ? item.id : undefined;
      const trail = typeof id === 'string' && cycle(id, id, links, [id]);
      if (trail) {
        out.push({
          path: `checklists[${c}].items[${i}].dependsOn`,
          severity: 'error',
          message: `The item ${quote(id as string)} depends on itself (${trail.join(' → ')}), so it stays locked for ever. Remove one of these dependencies.`,
        });
      }
    });
  });
}
