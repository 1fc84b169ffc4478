/**
 * Preview a guide from the studio's draft on the real page, as a user would see it, without touching anyone's
 * progress: a second, short-lived Waymark instance with memory storage runs a copy of the draft in which the
 * previewed guide has no audience, trigger or frequency (so it shows now, for anyone, however often), and the
 * document's proactive governance is left out. The instance is destroyed when the guide ends or the preview stops.
 * @packageDocumentation
 */
import type { GuideDocument } from '../core/guide-definition.js';
import type { Waymark, WaymarkOptions } from '../create-waymark.js';

/** What can be previewed. */
export type PreviewKind = 'tour' | 'hint' | 'announcement' | 'checklist';

/** A running preview. */
export interface Preview {
  /** The preview instance (for tests and for the studio's step controls). */
  readonly waymark: Waymark;
  /** Resolves when the previewed guide ended (tour finished or closed, announcement closed) or the preview stopped. */
  readonly ended: Promise<void>;
  /** Stop the preview and destroy its instance. */
  stop(): void;
}

/** The factory the preview builds its instance with (`createWaymark`, passed in to keep the studio chunk small). */
export type CreateWaymark = (options: WaymarkOptions) => Waymark;

const LISTS = { tour: 'tours', hint: 'hints', announcement: 'announcements', checklist: 'checklists' } as const;

type Guide = { id?: unknown; audience?: unknown; trigger?: unknown; frequency?: unknown };
/** A guide without what decides whether, when and how often it shows. */
const unconditional = <G extends Guide>(g: G): G => {
  const copy = { ...g };
  delete copy.audience;
  delete copy.trigger;
  delete copy.frequency;
  return copy;
};

let previews = 0;

/**
 * Build the document a preview runs: the previewed guide (and, for tours and hints, every tour, so their
 * `start-tour` buttons work) without audience, trigger and frequency. An announcement gets an id of its own for the
 * preview (the announcements feature remembers per browser session which ones were shown) and `showOn: "load"`.
 * @param doc - the draft.
 * @param kind - what to preview.
 * @param id - its id.
 * @returns the preview document and the id to show, or null when the draft has no such guide.
 */
export function previewDocument(
  doc: GuideDocument,
  kind: PreviewKind,
  id: string,
): { doc: GuideDocument; id: string } | null {
  const list = (doc[LISTS[kind]] ?? []) as Guide[];
  const guide = Array.isArray(list) ? list.find((g) => g?.id == id) : undefined;
  if (!guide) return null;
  const tours = (Array.isArray(doc.tours) ? doc.tours : []).map(unconditional);
  const out: GuideDocument = { schemaVersion: 1 };
  if (doc.chat) out.chat = doc.chat;
  if (kind == 'tour' || kind == 'hint') out.tours = tours;
  if (kind == 'hint') out.hints = [unconditional(guide) as never];
  if (kind == 'checklist') out.checklists = [guide as never];
  if (kind == 'announcement') {
    const previewId = `${id}.studio-preview-${++previews}`;
    out.announcements = [{ ...unconditional(guide), id: previewId, showOn: 'load' } as never];
    return { doc: out, id: previewId };
  }
  return { doc: out, id };
}

/**
 * Start a preview.
 * @param create - `createWaymark`.
 * @param doc - the draft document.
 * @param kind - what to preview.
 * @param id - the guide's id.
 * @param options - `stepId`: start a tour at this step; `labels`: the app's labels.
 * @returns the running preview, or null when the draft has no such guide.
 */
export function startPreview(
  create: CreateWaymark,
  doc: GuideDocument,
  kind: PreviewKind,
  id: string,
  options: { stepId?: string; labels?: WaymarkOptions['labels'] } = {},
): Preview | null {
  const built = previewDocument(doc, kind, id);
  if (!built) return null;
  const waymark = create({
    guides: built.doc,
    storage: 'memory',
    namespace: 'waymark-studio-preview',
    userId: 'waymark-studio-preview',
    resume: false,
    validate: false,
    labels: options.labels,
  });
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const offs = [
    waymark.on('tour:completed', () => kind == 'tour' && stop()),
    waymark.on('tour:dismissed', () => kind == 'tour' && stop()),
    waymark.on('announcement:dismissed', () => stop()),
  ];
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    offs.forEach((off) => off());
    // Leave after the ending event's other listeners ran.
    queueMicrotask(() => {
      waymark.destroy();
      if (kind == 'announcement')
        try {
          sessionStorage.removeItem(`waymark:seen:${built!.id}`);
        } catch {
          /* nothing stored */
        }
      end();
    });
  }
  if (kind == 'tour') void waymark.ready.then(() => stopped || waymark.start(id, { stepId: options.stepId }) || stop());
  return { waymark, ended, stop };
}
