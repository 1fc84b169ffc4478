import { html, nothing } from 'lit';
import { childList } from './child-list.js';
import type { Obj, Path } from './draft-paths.js';
import { body, choice, field, PLACEMENTS } from './form-fields.js';
import { stepButtons } from './step-buttons.js';
import type { StudioEditor } from './studio-editor.js';
import { target } from './target-field.js';

/** The editor of a tour: its id and title, its steps, and the fields of the selected step. */
export function tourEditor(ed: StudioEditor, path: Path, tour: Obj) {
  const [steps, stepsPath] = ed.subList()!;
  const step = steps[ed.item];
  const sp = [...stepsPath, ed.item];
  return html`${field(ed, [...path, 'id'], 'Tour id')} ${field(ed, [...path, 'title'], 'Tour title')}
    ${childList(ed, 'Steps', 'step')}
    ${
      step
        ? html`<section aria-labelledby="step-h">
          <h3 id="step-h">Step ${ed.item + 1}: ${String(step.title || step.id || '')}</h3>
          ${field(ed, [...sp, 'id'], 'Step id')} ${field(ed, [...sp, 'title'], 'Title')} ${target(ed, [...sp, 'target'])}
          ${body(ed, [...sp, 'body'])}
          ${choice(ed, [...sp, 'placement'], 'Placement', PLACEMENTS, 'default (bottom)')}
          ${choice(ed, [...sp, 'advanceOn'], 'Advance when the user…', ['click', 'input', 'change', 'submit'], 'presses Next')}
          ${choice(ed, [...sp, 'onMissing'], 'When the target is missing', ['skip', 'center', 'end'], 'default (skip)')}
          ${field(ed, [...sp, 'route'], 'Route (page path pattern)', { placeholder: '/settings/**' })}
          ${stepButtons(ed, [...sp, 'buttons'])}
          <div class="row">
            <button type="button" @click=${() => ed.play('tour', String(tour.id), String(step.id))}>Preview from this step</button>
          </div>
        </section>`
        : nothing
    }`;
}
