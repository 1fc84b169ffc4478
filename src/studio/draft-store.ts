/**
 * The studio's draft: the guide document being edited, kept in localStorage so it survives a reload. A missing,
 * unreadable or corrupted copy is ignored (the studio starts from the app's document); writes that fail (quota,
 * private mode) are reported, never thrown.
 * @packageDocumentation
 */
import type { GuideDocument } from '../core/guide-definition.js';
import { isRecord } from '../core/is-record.js';

/** The localStorage key of the draft. */
export const DRAFT_KEY = 'waymark-studio:draft';

/**
 * Read a JSON guide document (pasted, dropped or stored). Anything that is an object with `schemaVersion` or guide
 * lists is accepted as a draft (the validator then says what is wrong with it).
 * @param text - JSON text.
 * @returns the document, or an error message in plain English.
 */
export function parseDocument(text: string): { doc: GuideDocument } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `This is not valid JSON: ${(e as Error).message}` };
  }
  if (!isRecord(value)) return { error: 'A guide document is a JSON object ({ "schemaVersion": 1, "tours": [ … ] }).' };
  const lists = ['tours', 'hints', 'checklists', 'announcements'];
  if (!('schemaVersion' in value) && !lists.some((k) => k in value))
    return { error: 'This JSON is not a guide document: it has no "schemaVersion", "tours", "hints", … .' };
  return { doc: value as unknown as GuideDocument };
}

/** Read the stored draft; `null` when there is none or it cannot be read. */
export function loadDraft(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): GuideDocument | null {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed = parseDocument(raw);
    return 'doc' in parsed ? parsed.doc : null;
  } catch {
    return null;
  }
}

/** Store the draft; returns false when it could not be stored. */
export function saveDraft(
  doc: GuideDocument,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): boolean {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(doc));
    return !!storage;
  } catch {
    return false;
  }
}

/** Forget the stored draft. */
export function clearDraft(storage: Pick<Storage, 'removeItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    /* nothing stored, or storage unavailable */
  }
}
