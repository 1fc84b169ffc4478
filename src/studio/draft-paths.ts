import type { PreviewKind } from './preview.js';

/** A guide, step, item or button of the draft, as the studio reads it (any shape may be there). */
export type Obj = Record<string, unknown>;
/** A place in the draft: `['tours', 0, 'steps', 2, 'title']`. */
export type Path = (string | number)[];
/** The lists of guides in a guide document. */
export type ListKey = 'tours' | 'hints' | 'checklists' | 'announcements';

/** The lists of the document the studio edits, with their kind. */
export const KINDS: [PreviewKind, ListKey, string][] = [
  ['tour', 'tours', 'Tours'],
  ['hint', 'hints', 'Hints'],
  ['checklist', 'checklists', 'Checklists'],
  ['announcement', 'announcements', 'Announcements'],
];
/** `tours[0].steps[2].title`, the validator's path syntax. */
export const pathText = (path: Path) =>
  path.map((p, i) => (typeof p == 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
/** The id of the field that edits a path (its messages are `${id}-msg`). */
export const fieldId = (path: Path) => `f-${pathText(path).replace(/[^\w-]/g, '_')}`;
/** A deep copy of a JSON value. */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** `1 match`, `2 matches`. */
export const plural = (n: number, one: string) => `${n} ${one}${n == 1 ? '' : 'es'.slice(one.endsWith('h') ? 0 : 1)}`;
