import { html, nothing } from 'lit';
import type { Obj, Path } from './draft-paths.js';
import { choice, field } from './form-fields.js';
import type { StudioEditor } from './studio-editor.js';

/** The button actions of a step, with the field each one needs. */
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

/** The buttons editor of a tour step: a card per button (label, action and its field, style), add and remove. */
export function stepButtons(ed: StudioEditor, path: Path) {
  const list = (ed.at(path) as Obj[] | undefined) ?? [];
  return html`<h4>Buttons</h4>
    ${list.length ? nothing : html`<p class="hint">None: the step shows Back / Next (Done on the last step).</p>`}
    ${list.map((b, i) => {
      const need = ACTIONS.find(([a]) => a == b.action)?.[1];
      return html`<div class="card" role="group" aria-label="Button ${i + 1}">
        ${field(ed, [...path, i, 'label'], 'Label')} ${choice(
          ed,
          [...path, i, 'action'],
          'Action',
          ACTIONS.map(([a]) => a),
          'choose…',
        )}
        ${need ? field(ed, [...path, i, need], need == 'step' ? 'Step id' : need == 'tour' ? 'Tour id' : need) : nothing}
        ${choice(ed, [...path, i, 'variant'], 'Style', ['primary', 'secondary'], 'default (secondary)')}
        <div class="row">
          <button type="button" class="danger" @click=${() =>
            ed.set(
              path,
              list.filter((_, j) => j != i),
            )}>
            Remove button ${i + 1}
          </button>
        </div>
      </div>`;
    })}
    <div class="row">
      <button type="button" @click=${() => ed.set(path, [...list, { label: 'Next', action: 'next', variant: 'primary' }])}>
        Add button
      </button>
    </div>`;
}
