import { html } from 'lit';
import { isRecord } from '../core/is-record.js';
import { checklistEditor } from './checklist-editor.js';
import { KINDS, type Path } from './draft-paths.js';
import { body, choice, field, messages, PLACEMENTS } from './form-fields.js';
import type { StudioEditor } from './studio-editor.js';
import { target } from './target-field.js';
import { tourEditor } from './tour-editor.js';

/** The editor of a hint: id, title, target, body, placement and how it opens. */
function hintEditor(ed: StudioEditor, path: Path) {
  return html`${field(ed, [...path, 'id'], 'Hint id')} ${field(ed, [...path, 'title'], 'Title')}
    ${target(ed, [...path, 'target'])} ${body(ed, [...path, 'body'])}
    ${choice(ed, [...path, 'placement'], 'Placement', PLACEMENTS, 'default (bottom)')}
    ${choice(ed, [...path, 'open'], 'Opens on', ['click', 'hover', 'auto'], 'default (click)')}`;
}

/** The editor of an announcement: id, title, body and style. */
function announcementEditor(ed: StudioEditor, path: Path) {
  return html`${field(ed, [...path, 'id'], 'Announcement id')} ${field(ed, [...path, 'title'], 'Title')}
    ${body(ed, [...path, 'body'])} ${choice(ed, [...path, 'style'], 'Style', ['modal', 'slideout'], 'default (modal)')}`;
}

/** The editor of the selected guide: its preview and delete buttons, its messages and the editor of its kind. */
export function guideEditor(ed: StudioEditor) {
  if (!ed.sel) return html`<p class="hint">Choose a guide above, or add one.</p>`;
  const [, key, name] = KINDS.find(([k]) => k == ed.sel!.kind)!;
  const guide = ed.list(key)[ed.sel.index];
  if (!isRecord(guide))
    return html`<section aria-labelledby="editor-h">
      <h3 id="editor-h">${name.slice(0, -1)} ${ed.sel.index + 1}</h3>
      <p class="error">This entry is not an object, so it cannot be edited here.</p>
      <button type="button" class="danger" @click=${() => ed.removeGuide()}>Delete it</button>
    </section>`;
  const path = [key, ed.sel.index];
  const kind = ed.sel.kind;
  const playing = ed.previewing && ed.previewing.kind == kind && ed.previewing.id == guide.id;
  return html`<section aria-labelledby="editor-h">
    <h3 id="editor-h">${name.slice(0, -1)}: ${String(guide.title || guide.id || '')}</h3>
    <div class="row">
      <button type="button" class="primary" @click=${() => (playing ? ed.stopPreview() : ed.play(kind, String(guide.id)))}>
        ${playing ? 'Stop preview' : `Preview ${kind}`}
      </button>
      <button type="button" class="danger" @click=${() => ed.removeGuide()}>Delete ${kind}</button>
    </div>
    ${messages(ed, path)}
    ${
      kind == 'tour'
        ? tourEditor(ed, path, guide)
        : kind == 'hint'
          ? hintEditor(ed, path)
          : kind == 'checklist'
            ? checklistEditor(ed, path)
            : announcementEditor(ed, path)
    }
  </section>`;
}
