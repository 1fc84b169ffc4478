import { isRecord } from './is-record.js';

/**
 * Where a document's translatable text is. Lists of things with an `id` are keyed by that id (reordering never
 * breaks a translation); buttons, which have none, by their action (`buttons.next`, a second `next` is
 * `buttons.next-2`). Single objects are keyed by their property name.
 */
interface Shape {
  /** Text fields of this object. */
  text?: string[];
  /** Lists of objects inside it. */
  lists?: Record<string, Shape>;
  /** Single objects inside it. */
  objects?: Record<string, Shape>;
}

const label: Shape = { text: ['label'] };
const buttons = { buttons: label };
const SHAPE: Shape = {
  lists: {
    tours: { text: ['title'], lists: { steps: { text: ['title', 'body'], lists: buttons } } },
    checklists: {
      text: ['title', 'description'],
      lists: { items: { text: ['title', 'body'], objects: { action: label } } },
    },
    hints: { text: ['title', 'body'], lists: buttons },
    announcements: {
      text: ['title', 'body'],
      objects: { image: { text: ['alt'] }, primary: label, secondary: label },
    },
    surveys: {
      text: ['title'],
      lists: {
        questions: { text: ['text', 'lowLabel', 'highLabel', 'placeholder'], lists: { options: label } },
        branches: { objects: { then: { text: ['message', 'label'] } } },
      },
      objects: { thankYou: { text: ['message', 'label'] } },
    },
  },
  objects: {
    helpCenter: { text: ['title'], lists: { articles: { text: ['title', 'body'] } } },
    chat: { text: ['label', 'message', 'subject'], objects: { offline: { text: ['label', 'text'] }, stuck: label } },
  },
};

/** Gives the text at a key its replacement (or the text itself to keep it). */
type Replace = (key: string, text: string) => string;

const mapShape = (value: Record<string, unknown>, shape: Shape, prefix: string, replace: Replace) => {
  const out: Record<string, unknown> = { ...value };
  for (const field of shape.text ?? []) {
    const text = value[field];
    if (typeof text == 'string' && text) out[field] = replace(prefix + field, text);
  }
  for (const [name, inner] of Object.entries(shape.objects ?? {}))
    if (isRecord(value[name])) out[name] = mapShape(value[name], inner, `${prefix}${name}.`, replace);
  for (const [name, inner] of Object.entries(shape.lists ?? {})) {
    const list = value[name];
    if (!Array.isArray(list)) continue;
    const used = new Map<string, number>();
    out[name] = list.map((item) => {
      if (!isRecord(item)) return item;
      let id = typeof item.id == 'string' && item.id ? item.id : typeof item.action == 'string' ? item.action : '';
      if (!id) return item;
      const n = (used.get(id) ?? 0) + 1;
      used.set(id, n);
      if (n > 1) id += '-' + n;
      return mapShape(item, inner, `${prefix}${name}.${id}.`, replace);
    });
  }
  return out;
};

/**
 * A copy of a guide document with each translatable text passed through `replace`, keyed by a stable key such as
 * `tours.welcome.steps.invite.title` (see {@link guideStrings}). Other fields are kept as they are. Never throws.
 * @param doc - a parsed guide document.
 * @param replace - the replacement for a text at a key.
 */
export const mapGuideStrings = <T>(doc: T, replace: Replace): T =>
  isRecord(doc) ? (mapShape(doc, SHAPE, '', replace) as T) : doc;

/**
 * The translatable text of a guide document by stable key, in document order: tour and step titles and bodies,
 * button labels, checklist, hint and announcement text, chat wording. A translator's work list.
 * @param doc - a parsed guide document.
 * @returns key → source text.
 * @example
 * ```ts
 * guideStrings(doc)['tours.welcome.steps.hello.title'] // "Welcome to Acme!"
 * ```
 */
export const guideStrings = (doc: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  mapGuideStrings(doc, (key, text) => (out[key] = text));
  return out;
};
