import { LitElement, html, nothing } from 'lit';
import type { GuideDocument } from '../core/guide-definition.js';
import { tokens } from '../elements/tokens.styles.js';
import { guideEditor } from './guide-editor.js';
import { guideList } from './guide-list.js';
import { importExport, onDrop } from './import-export.js';
import type { CreateWaymark } from './preview.js';
import { problemsList } from './problems-list.js';
import { StudioEditor } from './studio-editor.js';
import { studioStyles } from './studio.styles.js';

/**
 * The Waymark studio: a side panel, opened on the running app, to write guides without a developer. It edits a
 * local draft of the guide document (kept across reloads): tours and their steps, hints, checklists and their
 * items, announcements; picks targets on the page with `startPicker` and proposes durable selectors; shows
 * the validator's messages on the fields they concern; previews any guide on the real page in a throwaway instance
 * (see `startPreview`); imports and exports the whole document. It never changes the app's own instance.
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

  /** The editing state and the actions on the draft. */
  private editor = new StudioEditor(this);

  /** Load the draft (the stored one, else `doc`) and check it. */
  load(doc: GuideDocument, useStored = true): void {
    this.editor.load(doc, useStored);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor.stop();
  }

  override render() {
    const ed = this.editor;
    const other = this.dock == 'right' ? 'left' : 'right';
    return html`<div
      class="panel ${ed.dragging ? 'drop' : ''}"
      role="region"
      aria-label="Waymark studio"
      @dragover=${(e: DragEvent) => (e.preventDefault(), (ed.dragging = true))}
      @dragleave=${() => (ed.dragging = false)}
      @drop=${(e: DragEvent) => void onDrop(ed, e)}
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
      <div class="status" role="status" aria-live="polite">${ed.status}</div>
      ${
        this.minimized
          ? nothing
          : html`<div class="scroll">
            ${importExport(ed)}
            ${
              ed.previewing
                ? html`<div class="row"><button type="button" class="primary" @click=${() => ed.stopPreview()}>Stop preview</button></div>`
                : nothing
            }
            ${problemsList(ed)} ${guideList(ed)} ${guideEditor(ed)}
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
