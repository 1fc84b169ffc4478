import { html, nothing, type TemplateResult } from 'lit';
import { renderMarkdown } from '../elements/render-markdown.js';
import { fieldId, type Path } from './draft-paths.js';
import type { StudioEditor } from './studio-editor.js';

/** The validator's messages at a path (under it, with `deep`), as the field's `${id}-msg` description. */
export function messages(ed: StudioEditor, path: Path, deep = false): TemplateResult | typeof nothing {
  const list = ed.issuesAt(path, deep);
  if (!list.length) return nothing;
  return html`<div id="${fieldId(path)}-msg">
    ${list.map((i) => html`<p class=${i.severity}>${i.severity == 'error' ? 'Error: ' : 'Warning: '}${i.message}</p>`)}
  </div>`;
}

/** A labelled text field for a path of the draft, with its messages. */
export function field(
  ed: StudioEditor,
  path: Path,
  label: string,
  options: { hint?: string; placeholder?: string; prose?: boolean } = {},
) {
  const id = fieldId(path);
  const errs = ed.issuesAt(path);
  const value = ed.at(path);
  const describedBy = [errs.length ? `${id}-msg` : '', options.hint ? `${id}-hint` : ''].join(' ').trim();
  return html`<label for=${id}>${label}</label>
    <input
      id=${id}
      .value=${value == null ? '' : String(value)}
      placeholder=${options.placeholder ?? ''}
      aria-invalid=${errs.some((i) => i.severity == 'error') ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => ed.set(path, (e.target as HTMLInputElement).value)}
    />
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing} ${messages(ed, path)}`;
}

/** A labelled select among `values` for a path of the draft (`empty` names the default), with its messages. */
export function choice(ed: StudioEditor, path: Path, label: string, values: string[], empty: string) {
  const id = fieldId(path);
  const value = ed.at(path);
  const errs = ed.issuesAt(path);
  return html`<label for=${id}>${label}</label>
    <select
      id=${id}
      aria-invalid=${errs.some((i) => i.severity == 'error') ? 'true' : 'false'}
      aria-describedby=${errs.length ? `${id}-msg` : nothing}
      @change=${(e: Event) => ed.set(path, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value == null}>${empty}</option>
      ${values.map((v) => html`<option ?selected=${value == v} value=${v}>${v}</option>`)}
      ${
        value != null && !values.includes(String(value))
          ? html`<option selected value=${String(value)}>${String(value)} (unknown)</option>`
          : nothing
      }
    </select>
    ${messages(ed, path)}`;
}

/** A Markdown body field, with its syntax hint, messages and the formatted-text toggle. */
export function body(ed: StudioEditor, path: Path, label = 'Body (Markdown)') {
  const id = fieldId(path);
  const value = String(ed.at(path) ?? '');
  const errs = ed.issuesAt(path);
  return html`<label for=${id}>${label}</label>
    <textarea
      id=${id}
      class="prose"
      .value=${value}
      aria-invalid=${errs.some((i) => i.severity == 'error') ? 'true' : 'false'}
      aria-describedby="${id}-hint ${errs.length ? `${id}-msg` : ''}"
      @input=${(e: Event) => ed.set(path, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id="${id}-hint">**bold**, *emphasis*, \`code\`, [link](https://…), - lists. No HTML.</p>
    ${messages(ed, path)}
    <div class="row">
      <button type="button" aria-pressed=${ed.mdPreview ? 'true' : 'false'} @click=${() => (ed.mdPreview = !ed.mdPreview)}>
        Show formatted text
      </button>
    </div>
    ${
      ed.mdPreview && value
        ? html`<div class="md" role="region" aria-label="Formatted text">${renderMarkdown(value)}</div>`
        : nothing
    }`;
}

/** The placements of a step or hint. */
export const PLACEMENTS = ['top', 'bottom', 'left', 'right'].flatMap((s) => [s, `${s}-start`, `${s}-end`]);
