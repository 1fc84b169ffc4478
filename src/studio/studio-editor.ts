import type { ReactiveControllerHost } from 'lit';
import type { GuideDocument } from '../core/guide-definition.js';
import { isRecord } from '../core/is-record.js';
import type { ValidationIssue } from '../validate/index.js';
import { loadDraft, saveDraft } from './draft-store.js';
import { clone, fieldId, KINDS, pathText, type ListKey, type Obj, type Path } from './draft-paths.js';
import { startPreview, type CreateWaymark, type Preview, type PreviewKind } from './preview.js';
import type { SelectorProposal } from './propose-selector.js';

/** What the editor needs of the panel element: its public properties, and Lit's update cycle. */
export interface StudioHost extends ReactiveControllerHost, HTMLElement {
  /** The draft being edited. */
  doc: GuideDocument;
  /** `createWaymark`, for previews. */
  create?: CreateWaymark;
  /** The app's document, to revert to. */
  original: GuideDocument;
  /** The app's labels, for previews. */
  labels?: Record<string, string>;
  /** The panel's shadow root. */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Load a document as the draft. */
  load(doc: GuideDocument, useStored?: boolean): void;
}

/** The editor's fields that re-render the panel when they change, as Lit `state` properties do. */
const REACTIVE = [
  'issues',
  'sel',
  'item',
  'picking',
  'proposals',
  'status',
  'importing',
  'previewing',
  'mdPreview',
  'showProblems',
  'dragging',
] as const;

/**
 * The editing state of the studio panel and what changes the draft: the selected guide and step, the validator's
 * issues, the status line, the picker and the preview. The panel's templates read and drive it; a change to any
 * of its state fields re-renders the panel.
 */
export class StudioEditor {
  private values: Record<string, unknown> = {};
  /** The validator's issues on the draft. */
  issues: ValidationIssue[] = [];
  /** The selected guide: its list and index. */
  sel: { kind: PreviewKind; index: number } | null = null;
  /** The selected step (tour) or item (checklist). */
  item = 0;
  /** The target field being picked for. */
  picking: Path | null = null;
  /** The selectors proposed for the last picked element, and the field they are for. */
  proposals: { path: Path; list: SelectorProposal[] } | null = null;
  /** The live status line. */
  status = '';
  /** The import/export box is open. */
  importing = false;
  /** The guide being previewed. */
  previewing: { kind: PreviewKind; id: string } | null = null;
  /** Bodies show their formatted text. */
  mdPreview = false;
  /** The problems list is open. */
  showProblems = false;
  /** A file is dragged over the panel. */
  dragging = false;
  /** Stops the running picker. */
  stopPicker?: () => void;
  private preview?: Preview;
  private validating = 0;
  private saveTimer?: ReturnType<typeof setTimeout>;

  /** @param host - the panel element. */
  constructor(readonly host: StudioHost) {}

  /** Load the draft (the stored one, else `doc`) and check it. */
  load(doc: GuideDocument, useStored = true): void {
    this.host.doc = clone((useStored && loadDraft()) || doc);
    if (!isRecord(this.host.doc)) this.host.doc = { schemaVersion: 1 };
    const first = KINDS.find(([, list]) => this.list(list).length);
    this.sel = first ? { kind: first[0], index: 0 } : null;
    this.item = 0;
    void this.validate();
  }

  /** Stop the picker, the preview and the pending save (the panel left the page). */
  stop(): void {
    this.stopPicker?.();
    this.preview?.stop();
    clearTimeout(this.saveTimer);
  }

  // ---- the document -------------------------------------------------------------------------------------------

  /** A list of guides of the draft (empty when it is not a list). */
  list(key: ListKey): Obj[] {
    const l = (this.host.doc as unknown as Obj)[key];
    return Array.isArray(l) ? (l as Obj[]) : [];
  }
  /** The value at a path of the draft. */
  at(path: Path): unknown {
    let v: unknown = this.host.doc;
    for (const p of path) v = isRecord(v) || Array.isArray(v) ? (v as Obj)[p as string] : undefined;
    return v;
  }
  /** Set a value in the draft (an empty string or undefined removes the key), save, re-check. */
  set(path: Path, value: unknown): void {
    let v = this.host.doc as unknown as Obj;
    for (const p of path.slice(0, -1)) {
      if (!isRecord(v[p as string]) && !Array.isArray(v[p as string]))
        v[p as string] = typeof path[path.indexOf(p) + 1] == 'number' ? [] : {};
      v = v[p as string] as Obj;
    }
    const key = path[path.length - 1] as string;
    if (value === '' || value === undefined) delete v[key];
    else v[key] = value;
    this.changed();
  }
  /** Re-render, then save and re-check the draft shortly. */
  changed(): void {
    this.host.requestUpdate();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (!saveDraft(this.host.doc))
        this.status = 'The draft could not be saved in this browser (storage is full or off).';
      void this.validate();
    }, 120);
  }
  /** Check the draft with the validator (a lazy chunk). */
  private async validate(): Promise<void> {
    const run = ++this.validating;
    try {
      const { validateGuide } = await import('../validate/index.js');
      if (run == this.validating) this.issues = validateGuide(this.host.doc).issues;
    } catch {
      /* no validator: no inline messages */
    }
  }
  /** Issues exactly at a path (or under it, with `deep`). */
  issuesAt(path: Path, deep = false): ValidationIssue[] {
    const p = pathText(path);
    return this.issues.filter(
      (i) => i.path == p || (deep && (i.path.startsWith(`${p}.`) || i.path.startsWith(`${p}[`))),
    );
  }
  /** An id `${base}-${n}` that no entry of the list has. */
  unique(list: Obj[], base: string): string {
    let n = list.length + 1;
    // A malformed document may hold null or text entries: they have no id to clash with.
    while (list.some((g) => g?.id == `${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  // ---- actions ------------------------------------------------------------------------------------------------

  /** Show a message in the live status line. */
  say(text: string) {
    this.status = text;
  }
  /** Add a guide of a kind, select it and focus its id. */
  addGuide(kind: PreviewKind) {
    const [, key] = KINDS.find(([k]) => k == kind)!;
    const list = this.list(key);
    const id = this.unique(list, kind);
    const guide: Obj =
      kind == 'tour'
        ? { id, title: 'New tour', steps: [{ id: 'step-1', title: 'First step' }] }
        : kind == 'hint'
          ? { id, target: '', title: 'New hint' }
          : kind == 'checklist'
            ? { id, title: 'Get started', items: [{ id: 'item-1', title: 'First task', completeWhen: 'manual' }] }
            : { id, title: "What's new", body: '' };
    (this.host.doc as unknown as Obj)[key] = [...list, guide];
    this.sel = { kind, index: list.length };
    this.item = 0;
    this.changed();
    this.say(`Added ${kind} ${id}.`);
    void this.host.updateComplete.then(() => this.focusField(['id']));
  }
  /** Delete the selected guide. */
  removeGuide() {
    if (!this.sel) return;
    const [, key] = KINDS.find(([k]) => k == this.sel!.kind)!;
    const list = this.list(key);
    const [gone] = list.splice(this.sel.index, 1);
    this.sel = list.length ? { kind: this.sel.kind, index: Math.max(0, this.sel.index - 1) } : null;
    this.item = 0;
    this.changed();
    this.say(`Deleted ${String(gone?.id ?? '')}.`);
  }
  /** The steps of the selected tour or the items of the selected checklist, and its path. */
  subList(): [Obj[], Path] | null {
    if (!this.sel || (this.sel.kind != 'tour' && this.sel.kind != 'checklist')) return null;
    const [key, sub] = this.sel.kind == 'tour' ? ['tours', 'steps'] : ['checklists', 'items'];
    const path = [key, this.sel.index, sub];
    const list = this.at(path);
    return [Array.isArray(list) ? (list as Obj[]) : [], path];
  }
  /** Focus the field of a path relative to the selected guide (or, with `child`, its selected step or item). */
  focusField(rel: Path, child = false) {
    if (!this.sel) return;
    const base = this.guidePath();
    const c = this.subList();
    const path = child && c ? [...c[1], this.item, ...rel] : [...base, ...rel];
    (this.host.renderRoot.querySelector(`#${fieldId(path)}`) as HTMLElement | null)?.focus();
  }
  private guidePath(): Path {
    const [, key] = KINDS.find(([k]) => k == this.sel!.kind)!;
    return [key, this.sel!.index];
  }

  /** Preview a guide (from a step of a tour) on the page, in a throwaway instance. */
  play(kind: PreviewKind, id: string, stepId?: string) {
    this.preview?.stop();
    if (!this.host.create)
      return this.say('Preview needs createWaymark (open the studio with createWaymark({ studio })).');
    try {
      const p = startPreview(this.host.create, this.host.doc, kind, id, { stepId, labels: this.host.labels });
      if (!p) return this.say(`There is no ${kind} ${id} to preview.`);
      this.preview = p;
      this.previewing = { kind, id };
      this.say(`Previewing ${kind} ${id}.`);
      void p.ended.then(() => {
        if (this.preview != p) return;
        this.preview = undefined;
        this.previewing = null;
        this.say('Preview ended.');
      });
    } catch (e) {
      this.say(`The preview failed: ${String(e)}`);
    }
  }
  /** Stop the running preview. */
  stopPreview() {
    this.preview?.stop();
  }
}

// The state fields re-render the panel when they change (`Object.is`, like Lit's reactive properties). Class fields
// are assigned (`useDefineForClassFields: false`), so their initial values go through these accessors too.
for (const key of REACTIVE)
  Object.defineProperty(StudioEditor.prototype, key, {
    get(this: StudioEditor) {
      return (this as unknown as { values: Record<string, unknown> }).values[key];
    },
    set(this: StudioEditor, value: unknown) {
      const values = (this as unknown as { values: Record<string, unknown> }).values;
      if (Object.is(values[key], value)) return;
      values[key] = value;
      this.host.requestUpdate();
    },
  });
