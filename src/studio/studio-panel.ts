import { LitElement, html, nothing, type TemplateResult } from 'lit';
import type { GuideDocument } from '../core/guide-definition.js';
import { isRecord } from '../core/is-record.js';
import { renderMarkdown } from '../elements/render-markdown.js';
import { tokens } from '../elements/tokens.styles.js';
import type { ValidationIssue } from '../validate/index.js';
import { loadDraft, parseDocument, saveDraft } from './draft-store.js';
import { startPicker } from './pick-element.js';
import type { CreateWaymark, Preview, PreviewKind } from './preview.js';
import { startPreview } from './preview.js';
import { countMatches, proposeSelectors, type SelectorProposal } from './propose-selector.js';
import { studioStyles } from './studio.styles.js';

type Obj = Record<string, unknown>;
type Path = (string | number)[];
/** The lists of the document the studio edits, with their kind. */
const KINDS: [PreviewKind, 'tours' | 'hints' | 'checklists' | 'announcements', string][] = [
  ['tour', 'tours', 'Tours'],
  ['hint', 'hints', 'Hints'],
  ['checklist', 'checklists', 'Checklists'],
  ['announcement', 'announcements', 'Announcements'],
];
const PLACEMENTS = ['top', 'bottom', 'left', 'right'].flatMap((s) => [s, `${s}-start`, `${s}-end`]);
const ACTIONS: [string, string | null][] = [
  ['next', null],
  ['back', null],
  ['complete', null],
  ['dismiss', null],
  ['goto', 'step'],
  ['start-tour', 'tour'],
  ['link', 'href'],
  ['escalate', 'reason'],
  ['app', 'name'],
];
/** `tours[0].steps[2].title`, the validator's path syntax. */
const pathText = (path: Path) => path.map((p, i) => (typeof p == 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
const fieldId = (path: Path) => `f-${pathText(path).replace(/[^\w-]/g, '_')}`;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const plural = (n: number, one: string) => `${n} ${one}${n == 1 ? '' : 'es'.slice(one.endsWith('h') ? 0 : 1)}`;

/**
 * The Waymark studio: a side panel, opened on the running app, to write guides without a developer. It edits a
 * local draft of the guide document (kept across reloads): tours and their steps, hints, checklists and their
 * items, announcements; picks targets on the page with {@link startPicker} and proposes durable selectors; shows
 * the validator's messages on the fields they concern; previews any guide on the real page in a throwaway instance
 * (see {@link startPreview}); imports and exports the whole document. It never changes the app's own instance.
 *
 * Keyboard: every control is a native button or field; the steps of a tour (and the items of a checklist) are a
 * listbox (Up/Down/Home/End select, Alt+Up/Alt+Down reorder); the picker is toggled by its button, Esc cancels it.
 *
 * @summary The guide editor panel of `waymark/studio`.
 * @cssproperty --wm-color-bg - panel background.
 * @cssproperty --wm-color-fg - text colour.
 * @cssproperty --wm-color-accent - selection and primary buttons.
 * @fires wm-studio-close - the author closed the studio.
 */
export class WmStudio extends LitElement {
  static override styles = [tokens, studioStyles];
  static override properties = {
    doc: { attribute: false },
    dock: { reflect: true },
    minimized: { type: Boolean, reflect: true },
    issues: { state: true },
    sel: { state: true },
    item: { state: true },
    picking: { state: true },
    proposals: { state: true },
    status: { state: true },
    importing: { state: true },
    previewing: { state: true },
    mdPreview: { state: true },
    showProblems: { state: true },
    dragging: { state: true },
  };

  /** The draft being edited. */
  doc: GuideDocument = { schemaVersion: 1 };
  /** Which side of the viewport the panel sits on. */
  dock: 'right' | 'left' = 'right';
  /** Collapsed to its header. */
  minimized = false;
  /** `createWaymark`, for previews. */
  create?: CreateWaymark;
  /** The app's document, to revert to. */
  original: GuideDocument = { schemaVersion: 1 };
  /** The app's labels, for previews. */
  labels?: Record<string, string>;

  private issues: ValidationIssue[] = [];
  /** The selected guide: its list and index. */
  private sel: { kind: PreviewKind; index: number } | null = null;
  /** The selected step (tour) or item (checklist). */
  private item = 0;
  /** The target field being picked for. */
  private picking: Path | null = null;
  private proposals: { path: Path; list: SelectorProposal[] } | null = null;
  private status = '';
  private importing = false;
  private previewing: { kind: PreviewKind; id: string } | null = null;
  private mdPreview = false;
  private showProblems = false;
  private dragging = false;
  private stopPicker?: () => void;
  private preview?: Preview;
  private validating = 0;
  private saveTimer?: ReturnType<typeof setTimeout>;

  /** Load the draft (the stored one, else `doc`) and check it. */
  load(doc: GuideDocument, useStored = true): void {
    this.doc = clone((useStored && loadDraft()) || doc);
    if (!isRecord(this.doc)) this.doc = { schemaVersion: 1 };
    const first = KINDS.find(([, list]) => this.list(list).length);
    this.sel = first ? { kind: first[0], index: 0 } : null;
    this.item = 0;
    void this.validate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPicker?.();
    this.preview?.stop();
    clearTimeout(this.saveTimer);
  }

  // ---- the document -------------------------------------------------------------------------------------------

  private list(key: 'tours' | 'hints' | 'checklists' | 'announcements'): Obj[] {
    const l = (this.doc as unknown as Obj)[key];
    return Array.isArray(l) ? (l as Obj[]) : [];
  }
  private at(path: Path): unknown {
    let v: unknown = this.doc;
    for (const p of path) v = isRecord(v) || Array.isArray(v) ? (v as Obj)[p as string] : undefined;
    return v;
  }
  /** Set a value in the draft (an empty string or undefined removes the key), save, re-check. */
  private set(path: Path, value: unknown): void {
    let v = this.doc as unknown as Obj;
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
  private changed(): void {
    this.requestUpdate();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (!saveDraft(this.doc)) this.status = 'The draft could not be saved in this browser (storage is full or off).';
      void this.validate();
    }, 120);
  }
  /** Check the draft with the validator (a lazy chunk). */
  private async validate(): Promise<void> {
    const run = ++this.validating;
    try {
      const { validateGuide } = await import('../validate/index.js');
      if (run == this.validating) this.issues = validateGuide(this.doc).issues;
    } catch {
      /* no validator: no inline messages */
    }
  }
  /** Issues exactly at a path (or under it, with `deep`). */
  private issuesAt(path: Path, deep = false): ValidationIssue[] {
    const p = pathText(path);
    return this.issues.filter(
      (i) => i.path == p || (deep && (i.path.startsWith(`${p}.`) || i.path.startsWith(`${p}[`))),
    );
  }
  private unique(list: Obj[], base: string): string {
    let n = list.length + 1;
    while (list.some((g) => g.id == `${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  // ---- actions ------------------------------------------------------------------------------------------------

  private say(text: string) {
    this.status = text;
  }
  private addGuide(kind: PreviewKind) {
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
    (this.doc as unknown as Obj)[key] = [...list, guide];
    this.sel = { kind, index: list.length };
    this.item = 0;
    this.changed();
    this.say(`Added ${kind} ${id}.`);
    void this.updateComplete.then(() => this.focusField(['id']));
  }
  private removeGuide() {
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
  private subList(): [Obj[], Path] | null {
    if (!this.sel || (this.sel.kind != 'tour' && this.sel.kind != 'checklist')) return null;
    const [key, sub] = this.sel.kind == 'tour' ? ['tours', 'steps'] : ['checklists', 'items'];
    const path = [key, this.sel.index, sub];
    const list = this.at(path);
    return [Array.isArray(list) ? (list as Obj[]) : [], path];
  }
  private insertChild() {
    const c = this.subList();
    if (!c) return;
    const [list, path] = c;
    const tour = this.sel!.kind == 'tour';
    const id = this.unique(list, tour ? 'step' : 'item');
    const child: Obj = tour ? { id, title: 'New step' } : { id, title: 'New task', completeWhen: 'manual' };
    list.splice(this.item + 1, 0, child);
    this.set(path, list);
    this.item = Math.min(this.item + 1, list.length - 1);
    if (list.length == 1) this.item = 0;
    this.say(`Added ${tour ? 'step' : 'item'} ${id}.`);
    void this.updateComplete.then(() => this.focusField(['title'], true));
  }
  private moveChild(by: number) {
    const c = this.subList();
    if (!c) return;
    const [list, path] = c;
    const to = this.item + by;
    if (to < 0 || to >= list.length) return;
    [list[this.item], list[to]] = [list[to], list[this.item]];
    this.item = to;
    this.set(path, list);
    this.say(`Moved to position ${to + 1} of ${list.length}.`);
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector('[role=option][aria-selected=true]') as HTMLElement)?.focus(),
    );
  }
  private deleteChild() {
    const c = this.subList();
    if (!c) return;
    const [list, path] = c;
    const [gone] = list.splice(this.item, 1);
    this.item = Math.max(0, Math.min(this.item, list.length - 1));
    this.set(path, list);
    this.say(`Deleted ${String(gone?.id ?? '')}.`);
  }
  private onListKey(e: KeyboardEvent, length: number) {
    let to = this.item;
    if (e.altKey && (e.key == 'ArrowUp' || e.key == 'ArrowDown')) {
      e.preventDefault();
      return this.moveChild(e.key == 'ArrowUp' ? -1 : 1);
    }
    if (e.key == 'ArrowUp') to--;
    else if (e.key == 'ArrowDown') to++;
    else if (e.key == 'Home') to = 0;
    else if (e.key == 'End') to = length - 1;
    else return;
    e.preventDefault();
    this.item = Math.max(0, Math.min(length - 1, to));
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector('[role=option][aria-selected=true]') as HTMLElement)?.focus(),
    );
  }
  private focusField(rel: Path, child = false) {
    if (!this.sel) return;
    const base = this.guidePath();
    const c = this.subList();
    const path = child && c ? [...c[1], this.item, ...rel] : [...base, ...rel];
    (this.renderRoot.querySelector(`#${fieldId(path)}`) as HTMLElement | null)?.focus();
  }
  private guidePath(): Path {
    const [, key] = KINDS.find(([k]) => k == this.sel!.kind)!;
    return [key, this.sel!.index];
  }

  private pick(path: Path) {
    if (this.picking) return this.cancelPick();
    this.picking = path;
    this.proposals = null;
    const current = String([].concat((this.at(path) as never) ?? '')[0] ?? '');
    let start: Element | null = null;
    try {
      start = current ? document.querySelector(current.split('>>>')[0]) : null;
    } catch {
      /* not a selector yet */
    }
    this.say('Picking: point at an element and click it, or use Tab / arrow keys and Enter. Esc cancels.');
    this.stopPicker = startPicker({
      ignore: (el) => el == (this as Element),
      start,
      describe: (el) => {
        const [best] = proposeSelectors(el);
        return best ? `${best.selector} · ${plural(best.matches, 'match')}` : el.localName;
      },
      onHover: (el) => {
        if (!el) return;
        const r = el.getBoundingClientRect();
        const panel = this.getBoundingClientRect();
        const under = r.right > panel.left && r.left < panel.right && r.bottom > panel.top && r.top < panel.bottom;
        this.say(
          `Highlighted: ${proposeSelectors(el)[0]?.selector ?? el.localName}` +
            (under ? '. It is under the studio: dock the studio on the other side to see it.' : ''),
        );
      },
      onPick: (el) => {
        const list = proposeSelectors(el);
        this.picking = null;
        this.stopPicker = undefined;
        if (!list.length) return this.say('No selector can find that element: pick another one.');
        this.proposals = { path, list };
        this.set(path, list[0].selector);
        this.say(`Picked ${list[0].selector} (${plural(list[0].matches, 'match')} on this page).`);
        void this.updateComplete.then(() =>
          (this.renderRoot.querySelector(`#${fieldId(path)}`) as HTMLElement)?.focus(),
        );
      },
      onCancel: () => {
        this.picking = null;
        this.stopPicker = undefined;
        this.say('Picking cancelled.');
        void this.updateComplete.then(() =>
          (this.renderRoot.querySelector('[data-picker-keys]') as HTMLElement)?.focus(),
        );
      },
    });
    void this.updateComplete.then(() => (this.renderRoot.querySelector('[data-picker-keys]') as HTMLElement)?.focus());
  }
  private cancelPick() {
    this.stopPicker?.();
    this.stopPicker = undefined;
    this.picking = null;
    this.say('Picking cancelled.');
  }

  private play(kind: PreviewKind, id: string, stepId?: string) {
    this.preview?.stop();
    if (!this.create) return this.say('Preview needs createWaymark (open the studio with createWaymark({ studio })).');
    try {
      const p = startPreview(this.create, this.doc, kind, id, { stepId, labels: this.labels });
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
  private stopPreview() {
    this.preview?.stop();
  }

  private json() {
    return JSON.stringify(this.doc, null, 2);
  }
  private async copy() {
    try {
      await navigator.clipboard.writeText(this.json());
      this.say('Copied the guide document to the clipboard.');
    } catch {
      this.importing = true;
      this.say('The clipboard is not available: the document is in the import/export field, select it and copy.');
      await this.updateComplete;
      const area = this.renderRoot.querySelector('#io') as HTMLTextAreaElement | null;
      if (!area) return;
      area.value = this.json();
      area.select();
      area.focus();
    }
  }
  private download() {
    try {
      const url = URL.createObjectURL(new Blob([this.json()], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'guides.json';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.say('Downloaded guides.json.');
    } catch (e) {
      this.say(`The download failed: ${String(e)}`);
    }
  }
  /** Load a pasted or dropped document, and preview its first guide at once. */
  private import(text: string) {
    const parsed = parseDocument(text);
    if ('error' in parsed) return this.say(parsed.error);
    this.load(parsed.doc, false);
    saveDraft(this.doc);
    this.importing = false;
    const counts = KINDS.map(([, key, name]) => `${this.list(key).length} ${name.toLowerCase()}`).join(', ');
    this.say(`Loaded a document with ${counts}.`);
    const first = KINDS.find(([k, key]) => k != 'checklist' && this.list(key).length);
    if (first) this.play(first[0], String(this.list(first[1])[0].id));
  }
  private async onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    try {
      const file = e.dataTransfer?.files[0];
      const text = file ? await file.text() : e.dataTransfer?.getData('text/plain');
      if (text) this.import(text);
    } catch (error) {
      this.say(`That file could not be read: ${String(error)}`);
    }
  }
  private revert() {
    this.load(this.original, false);
    saveDraft(this.doc);
    this.say("The draft is the app's document again.");
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  private messages(path: Path, deep = false): TemplateResult | typeof nothing {
    const list = this.issuesAt(path, deep);
    if (!list.length) return nothing;
    return html`<div id="${fieldId(path)}-msg">
      ${list.map((i) => html`<p class=${i.severity}>${i.severity == 'error' ? 'Error: ' : 'Warning: '}${i.message}</p>`)}
    </div>`;
  }
  private field(path: Path, label: string, options: { hint?: string; placeholder?: string; prose?: boolean } = {}) {
    const id = fieldId(path);
    const errs = this.issuesAt(path);
    const value = this.at(path);
    const describedBy = [errs.length ? `${id}-msg` : '', options.hint ? `${id}-hint` : ''].join(' ').trim();
    return html`<label for=${id}>${label}</label>
      <input
        id=${id}
        .value=${value == null ? '' : String(value)}
        placeholder=${options.placeholder ?? ''}
        aria-invalid=${errs.some((i) => i.severity == 'error') ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.set(path, (e.target as HTMLInputElement).value)}
      />
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing} ${this.messages(path)}`;
  }
  private choice(path: Path, label: string, values: string[], empty: string) {
    const id = fieldId(path);
    const value = this.at(path);
    const errs = this.issuesAt(path);
    return html`<label for=${id}>${label}</label>
      <select
        id=${id}
        aria-invalid=${errs.some((i) => i.severity == 'error') ? 'true' : 'false'}
        aria-describedby=${errs.length ? `${id}-msg` : nothing}
        @change=${(e: Event) => this.set(path, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value == null}>${empty}</option>
        ${values.map((v) => html`<option ?selected=${value == v} value=${v}>${v}</option>`)}
        ${
          value != null && !values.includes(String(value))
            ? html`<option selected value=${String(value)}>${String(value)} (unknown)</option>`
            : nothing
        }
      </select>
      ${this.messages(path)}`;
  }
  private body(path: Path, label = 'Body (Markdown)') {
    const id = fieldId(path);
    const value = String(this.at(path) ?? '');
    const errs = this.issuesAt(path);
    return html`<label for=${id}>${label}</label>
      <textarea
        id=${id}
        class="prose"
        .value=${value}
        aria-invalid=${errs.some((i) => i.severity == 'error') ? 'true' : 'false'}
        aria-describedby="${id}-hint ${errs.length ? `${id}-msg` : ''}"
        @input=${(e: Event) => this.set(path, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="${id}-hint">**bold**, *emphasis*, \`code\`, [link](https://…), - lists. No HTML.</p>
      ${this.messages(path)}
      <div class="row">
        <button type="button" aria-pressed=${this.mdPreview ? 'true' : 'false'} @click=${() => (this.mdPreview = !this.mdPreview)}>
          Show formatted text
        </button>
      </div>
      ${
        this.mdPreview && value
          ? html`<div class="md" role="region" aria-label="Formatted text">${renderMarkdown(value)}</div>`
          : nothing
      }`;
  }
  private target(path: Path, label = 'Target (CSS selector, one fallback per line)') {
    const id = fieldId(path);
    const raw = this.at(path);
    const lines = ([] as unknown[]).concat(raw ?? []).map(String);
    const errs = this.issuesAt(path, true);
    const picking = this.picking && pathText(this.picking) == pathText(path);
    const counts = lines.filter((l) => l.trim()).map((l) => `${l}: ${plural(countMatches(l), 'match')}`);
    const proposals = this.proposals && pathText(this.proposals.path) == pathText(path) ? this.proposals.list : null;
    return html`<label for=${id}>${label}</label>
      <textarea
        id=${id}
        rows="2"
        .value=${lines.join('\n')}
        aria-invalid=${errs.some((i) => i.severity == 'error') ? 'true' : 'false'}
        aria-describedby="${id}-count ${errs.length ? `${id}-msg` : ''}"
        @input=${(e: Event) => {
          const v = (e.target as HTMLTextAreaElement).value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
          this.set(path, v.length > 1 ? v : v[0]);
        }}
      ></textarea>
      <p class="hint" id="${id}-count">${counts.length ? counts.join('; ') : 'No target: a centred step.'}</p>
      ${this.messages(path, true)}
      <div class="row">
        <button
          type="button"
          data-picker-keys
          aria-pressed=${picking ? 'true' : 'false'}
          aria-keyshortcuts="Escape"
          @click=${() => this.pick(path)}
        >
          ${picking ? 'Cancel picking (Esc)' : 'Pick on the page'}
        </button>
        <button type="button" ?hidden=${!this.at(path)} @click=${() => this.set(path, undefined)}>Clear target</button>
      </div>
      ${
        proposals
          ? html`<h4 id="${id}-alts">Alternatives</h4>
            <ul class="proposals" aria-labelledby="${id}-alts">
              ${proposals.map(
                (p) => html`<li>
                  <code>${p.selector}</code><span class="count">${p.tier}, ${plural(p.matches, 'match')}</span>
                  <button type="button" aria-label="Use ${p.selector}" @click=${() => this.set(path, p.selector)}>Use</button>
                </li>`,
              )}
            </ul>
            ${
              proposals.filter((p) => p.matches == 1).length > 1
                ? html`<button
                  type="button"
                  @click=${() =>
                    this.set(
                      path,
                      proposals
                        .filter((p) => p.matches == 1)
                        .slice(0, 2)
                        .map((p) => p.selector),
                    )}
                >
                  Use the best two as fallbacks
                </button>`
                : nothing
            }`
          : nothing
      }`;
  }
  private buttons(path: Path) {
    const list = (this.at(path) as Obj[] | undefined) ?? [];
    return html`<h4>Buttons</h4>
      ${list.length ? nothing : html`<p class="hint">None: the step shows Back / Next (Done on the last step).</p>`}
      ${list.map((b, i) => {
        const need = ACTIONS.find(([a]) => a == b.action)?.[1];
        return html`<div class="card" role="group" aria-label="Button ${i + 1}">
          ${this.field([...path, i, 'label'], 'Label')} ${this.choice(
            [...path, i, 'action'],
            'Action',
            ACTIONS.map(([a]) => a),
            'choose…',
          )}
          ${need ? this.field([...path, i, need], need == 'step' ? 'Step id' : need == 'tour' ? 'Tour id' : need) : nothing}
          ${this.choice([...path, i, 'variant'], 'Style', ['primary', 'secondary'], 'default (secondary)')}
          <div class="row">
            <button type="button" class="danger" @click=${() =>
              this.set(
                path,
                list.filter((_, j) => j != i),
              )}>
              Remove button ${i + 1}
            </button>
          </div>
        </div>`;
      })}
      <div class="row">
        <button type="button" @click=${() => this.set(path, [...list, { label: 'Next', action: 'next', variant: 'primary' }])}>
          Add button
        </button>
      </div>`;
  }

  private renderChildren(title: string, noun: string) {
    const [list, path] = this.subList()!;
    if (this.item >= list.length) this.item = Math.max(0, list.length - 1);
    const listId = 'children';
    return html`<h3 id="${listId}-label">${title}</h3>
      <ul
        role="listbox"
        aria-labelledby="${listId}-label"
        aria-describedby="${listId}-keys"
        aria-invalid=${this.issuesAt(path).length ? 'true' : 'false'}
      >
        ${list.map((s, i) => {
          const bad = this.issuesAt([...path, i], true).some((x) => x.severity == 'error');
          return html`<li
            role="option"
            id="opt-${i}"
            aria-selected=${i == this.item ? 'true' : 'false'}
            tabindex=${i == this.item ? 0 : -1}
            @click=${() => (this.item = i)}
            @keydown=${(e: KeyboardEvent) => this.onListKey(e, list.length)}
          >
            ${i + 1}. ${String(s?.title || s?.id || noun)}${bad ? html`<span class="count">has errors</span>` : nothing}
          </li>`;
        })}
      </ul>
      <p class="hint" id="${listId}-keys">Up/Down to choose, Alt+Up/Alt+Down to reorder.</p>
      ${this.messages(path)}
      <div class="row">
        <button type="button" @click=${() => this.insertChild()}>Add ${noun}</button>
        <button type="button" ?disabled=${this.item == 0} @click=${() => this.moveChild(-1)}>Move up</button>
        <button type="button" ?disabled=${this.item >= list.length - 1} @click=${() => this.moveChild(1)}>Move down</button>
        <button type="button" class="danger" ?disabled=${list.length == 0} @click=${() => this.deleteChild()}>
          Delete ${noun}
        </button>
      </div>`;
  }

  private renderTour(path: Path, tour: Obj) {
    const [steps, stepsPath] = this.subList()!;
    const step = steps[this.item];
    const sp = [...stepsPath, this.item];
    return html`${this.field([...path, 'id'], 'Tour id')} ${this.field([...path, 'title'], 'Tour title')}
      ${this.renderChildren('Steps', 'step')}
      ${
        step
          ? html`<section aria-labelledby="step-h">
            <h3 id="step-h">Step ${this.item + 1}: ${String(step.title || step.id || '')}</h3>
            ${this.field([...sp, 'id'], 'Step id')} ${this.field([...sp, 'title'], 'Title')} ${this.target([...sp, 'target'])}
            ${this.body([...sp, 'body'])}
            ${this.choice([...sp, 'placement'], 'Placement', PLACEMENTS, 'default (bottom)')}
            ${this.choice([...sp, 'advanceOn'], 'Advance when the user…', ['click', 'input', 'change', 'submit'], 'presses Next')}
            ${this.choice([...sp, 'onMissing'], 'When the target is missing', ['skip', 'center', 'end'], 'default (skip)')}
            ${this.field([...sp, 'route'], 'Route (page path pattern)', { placeholder: '/settings/**' })}
            ${this.buttons([...sp, 'buttons'])}
            <div class="row">
              <button type="button" @click=${() => this.play('tour', String(tour.id), String(step.id))}>Preview from this step</button>
            </div>
          </section>`
          : nothing
      }`;
  }
  private renderHint(path: Path) {
    return html`${this.field([...path, 'id'], 'Hint id')} ${this.field([...path, 'title'], 'Title')}
      ${this.target([...path, 'target'])} ${this.body([...path, 'body'])}
      ${this.choice([...path, 'placement'], 'Placement', PLACEMENTS, 'default (bottom)')}
      ${this.choice([...path, 'open'], 'Opens on', ['click', 'hover', 'auto'], 'default (click)')}`;
  }
  private renderChecklist(path: Path) {
    const [items, itemsPath] = this.subList()!;
    const item = items[this.item];
    const ip = [...itemsPath, this.item];
    const rule = item?.completeWhen;
    const event = isRecord(rule) && typeof rule.event == 'string' ? rule.event : '';
    return html`${this.field([...path, 'id'], 'Checklist id')} ${this.field([...path, 'title'], 'Title')}
      ${this.field([...path, 'description'], 'Description')} ${this.renderChildren('Items', 'item')}
      ${
        item
          ? html`<section aria-labelledby="item-h">
            <h3 id="item-h">Item ${this.item + 1}</h3>
            ${this.field([...ip, 'id'], 'Item id')} ${this.field([...ip, 'title'], 'Title')} ${this.body([...ip, 'body'])}
            <label for=${fieldId([...ip, 'completeWhen'])}>Done when the app tracks the event</label>
            <input
              id=${fieldId([...ip, 'completeWhen'])}
              .value=${event}
              placeholder="empty: the user ticks it off"
              aria-describedby="${fieldId([...ip, 'completeWhen'])}-msg"
              @input=${(e: Event) => {
                const v = (e.target as HTMLInputElement).value.trim();
                this.set([...ip, 'completeWhen'], v ? { event: v } : 'manual');
              }}
            />
            ${
              isRecord(rule) && !event
                ? html`<p class="hint">This item has a condition the studio cannot edit; typing here replaces it.</p>`
                : nothing
            }
            ${this.messages([...ip, 'completeWhen'], true)}
          </section>`
          : nothing
      }`;
  }
  private renderAnnouncement(path: Path) {
    return html`${this.field([...path, 'id'], 'Announcement id')} ${this.field([...path, 'title'], 'Title')}
      ${this.body([...path, 'body'])} ${this.choice([...path, 'style'], 'Style', ['modal', 'slideout'], 'default (modal)')}`;
  }

  private renderEditor() {
    if (!this.sel) return html`<p class="hint">Choose a guide above, or add one.</p>`;
    const [, key, name] = KINDS.find(([k]) => k == this.sel!.kind)!;
    const guide = this.list(key)[this.sel.index];
    if (!isRecord(guide))
      return html`<section aria-labelledby="editor-h">
        <h3 id="editor-h">${name.slice(0, -1)} ${this.sel.index + 1}</h3>
        <p class="error">This entry is not an object, so it cannot be edited here.</p>
        <button type="button" class="danger" @click=${() => this.removeGuide()}>Delete it</button>
      </section>`;
    const path = [key, this.sel.index];
    const kind = this.sel.kind;
    const playing = this.previewing && this.previewing.kind == kind && this.previewing.id == guide.id;
    return html`<section aria-labelledby="editor-h">
      <h3 id="editor-h">${name.slice(0, -1)}: ${String(guide.title || guide.id || '')}</h3>
      <div class="row">
        <button type="button" class="primary" @click=${() => (playing ? this.stopPreview() : this.play(kind, String(guide.id)))}>
          ${playing ? 'Stop preview' : `Preview ${kind}`}
        </button>
        <button type="button" class="danger" @click=${() => this.removeGuide()}>Delete ${kind}</button>
      </div>
      ${this.messages(path)}
      ${
        kind == 'tour'
          ? this.renderTour(path, guide)
          : kind == 'hint'
            ? this.renderHint(path)
            : kind == 'checklist'
              ? this.renderChecklist(path)
              : this.renderAnnouncement(path)
      }
    </section>`;
  }

  private renderGuides() {
    return KINDS.map(
      ([kind, key, name]) => html`<h3 id="list-${kind}">${name}</h3>
        <ul class="guides" aria-labelledby="list-${kind}">
          ${this.list(key).map((g, i) => {
            const current = this.sel?.kind == kind && this.sel.index == i;
            const bad = this.issuesAt([key, i], true).some((x) => x.severity == 'error');
            return html`<li>
              <button
                type="button"
                aria-current=${current ? 'true' : 'false'}
                @click=${() => ((this.sel = { kind, index: i }), (this.item = 0), (this.proposals = null))}
              >
                ${String(g?.title || g?.id || kind)}${bad ? html`<span class="count">has errors</span>` : nothing}
              </button>
            </li>`;
          })}
        </ul>
        <button type="button" @click=${() => this.addGuide(kind)}>Add ${kind}</button>`,
    );
  }

  private renderProblems() {
    const errors = this.issues.filter((i) => i.severity == 'error');
    const warnings = this.issues.length - errors.length;
    return html`<div class="row">
        <button type="button" aria-expanded=${this.showProblems ? 'true' : 'false'} aria-controls="problems" @click=${() => (this.showProblems = !this.showProblems)}>
          ${errors.length ? `${errors.length} error${errors.length == 1 ? '' : 's'}` : 'No errors'}${warnings ? `, ${warnings} warning${warnings == 1 ? '' : 's'}` : ''}
        </button>
      </div>
      <ul id="problems" ?hidden=${!this.showProblems}>
        ${this.issues.map(
          (i) => html`<li>
            <button type="button" class="link" @click=${() => this.goToIssue(i.path)}>
              <span class=${i.severity}>${i.path || 'document'}</span>: ${i.message}
            </button>
          </li>`,
        )}
      </ul>`;
  }
  private goToIssue(path: string) {
    const m = /^(tours|hints|checklists|announcements)\[(\d+)\](?:\.(?:steps|items)\[(\d+)\])?/.exec(path);
    if (!m) return;
    const kind = KINDS.find(([, key]) => key == m[1])![0];
    this.sel = { kind, index: Number(m[2]) };
    this.item = m[3] ? Number(m[3]) : 0;
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector(`[aria-invalid=true]`) as HTMLElement | null;
      el?.focus();
    });
  }

  override render() {
    const other = this.dock == 'right' ? 'left' : 'right';
    return html`<div
      class="panel ${this.dragging ? 'drop' : ''}"
      role="region"
      aria-label="Waymark studio"
      @dragover=${(e: DragEvent) => (e.preventDefault(), (this.dragging = true))}
      @dragleave=${() => (this.dragging = false)}
      @drop=${(e: DragEvent) => void this.onDrop(e)}
    >
      <header>
        <h2>Waymark studio</h2>
        <button type="button" @click=${() => (this.dock = other)} aria-label="Dock the studio on the ${other}">
          ${this.dock == 'right' ? '⇤' : '⇥'}
        </button>
        <button type="button" aria-expanded=${this.minimized ? 'false' : 'true'} aria-label="Show the studio" @click=${() => (this.minimized = !this.minimized)}>
          ${this.minimized ? '▴' : '▾'}
        </button>
        <button type="button" aria-label="Close the studio" @click=${() => this.dispatchEvent(new CustomEvent('wm-studio-close', { bubbles: true, composed: true }))}>✕</button>
      </header>
      <div class="status" role="status" aria-live="polite">${this.status}</div>
      ${
        this.minimized
          ? nothing
          : html`<div class="scroll">
            <div class="row">
              <button type="button" aria-expanded=${this.importing ? 'true' : 'false'} aria-controls="io-box" @click=${() => (this.importing = !this.importing)}>Import</button>
              <button type="button" @click=${() => void this.copy()}>Copy JSON</button>
              <button type="button" @click=${() => this.download()}>Download</button>
              <button type="button" @click=${() => this.revert()}>Revert to the app's document</button>
            </div>
            <div id="io-box" ?hidden=${!this.importing}>
              <label for="io">Paste a guide document (JSON), or drop a .json file on the studio</label>
              <textarea id="io" rows="6" @paste=${(e: ClipboardEvent) => {
                const text = e.clipboardData?.getData('text/plain');
                if (!text) return;
                e.preventDefault();
                this.import(text);
              }}></textarea>
              <div class="row">
                <button type="button" @click=${() => this.import((this.renderRoot.querySelector('#io') as HTMLTextAreaElement).value)}>Load</button>
                <label class="row" style="font-weight:400">
                  Or a file: <input type="file" accept=".json,application/json" @change=${async (e: Event) => {
                    const file = (e.target as HTMLInputElement).files?.[0];
                    if (file) this.import(await file.text());
                  }} />
                </label>
              </div>
            </div>
            ${
              this.previewing
                ? html`<div class="row"><button type="button" class="primary" @click=${() => this.stopPreview()}>Stop preview</button></div>`
                : nothing
            }
            ${this.renderProblems()} ${this.renderGuides()} ${this.renderEditor()}
          </div>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wm-studio': WmStudio;
  }
}
