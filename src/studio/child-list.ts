import { html, nothing } from 'lit';
import type { Obj } from './draft-paths.js';
import { messages } from './form-fields.js';
import type { StudioEditor } from './studio-editor.js';

/** Add a step or item after the selected one. */
function insertChild(ed: StudioEditor) {
  const c = ed.subList();
  if (!c) return;
  const [list, path] = c;
  const tour = ed.sel!.kind == 'tour';
  const id = ed.unique(list, tour ? 'step' : 'item');
  const child: Obj = tour ? { id, title: 'New step' } : { id, title: 'New task', completeWhen: 'manual' };
  list.splice(ed.item + 1, 0, child);
  ed.set(path, list);
  ed.item = Math.min(ed.item + 1, list.length - 1);
  if (list.length == 1) ed.item = 0;
  ed.say(`Added ${tour ? 'step' : 'item'} ${id}.`);
  void ed.host.updateComplete.then(() => ed.focusField(['title'], true));
}

/** Move the selected step or item up (-1) or down (1). */
function moveChild(ed: StudioEditor, by: number) {
  const c = ed.subList();
  if (!c) return;
  const [list, path] = c;
  const to = ed.item + by;
  if (to < 0 || to >= list.length) return;
  [list[ed.item], list[to]] = [list[to], list[ed.item]];
  ed.item = to;
  ed.set(path, list);
  ed.say(`Moved to position ${to + 1} of ${list.length}.`);
  void ed.host.updateComplete.then(() =>
    (ed.host.renderRoot.querySelector('[role=option][aria-selected=true]') as HTMLElement)?.focus(),
  );
}

/** Delete the selected step or item. */
function deleteChild(ed: StudioEditor) {
  const c = ed.subList();
  if (!c) return;
  const [list, path] = c;
  const [gone] = list.splice(ed.item, 1);
  ed.item = Math.max(0, Math.min(ed.item, list.length - 1));
  ed.set(path, list);
  ed.say(`Deleted ${String(gone?.id ?? '')}.`);
}

/** Keys of the steps/items listbox: Up/Down/Home/End select, Alt+Up/Alt+Down reorder. */
function onListKey(ed: StudioEditor, e: KeyboardEvent, length: number) {
  let to = ed.item;
  if (e.altKey && (e.key == 'ArrowUp' || e.key == 'ArrowDown')) {
    e.preventDefault();
    return moveChild(ed, e.key == 'ArrowUp' ? -1 : 1);
  }
  if (e.key == 'ArrowUp') to--;
  else if (e.key == 'ArrowDown') to++;
  else if (e.key == 'Home') to = 0;
  else if (e.key == 'End') to = length - 1;
  else return;
  e.preventDefault();
  ed.item = Math.max(0, Math.min(length - 1, to));
  void ed.host.updateComplete.then(() =>
    (ed.host.renderRoot.querySelector('[role=option][aria-selected=true]') as HTMLElement)?.focus(),
  );
}

/**
 * The steps of the selected tour (or the items of the selected checklist) as a listbox (Up/Down/Home/End select,
 * Alt+Up/Alt+Down reorder), with add, move and delete buttons.
 */
export function childList(ed: StudioEditor, title: string, noun: string) {
  const [list, path] = ed.subList()!;
  if (ed.item >= list.length) ed.item = Math.max(0, list.length - 1);
  const listId = 'children';
  return html`<h3 id="${listId}-label">${title}</h3>
    <ul
      role="listbox"
      aria-labelledby="${listId}-label"
      aria-describedby="${listId}-keys"
      aria-invalid=${ed.issuesAt(path).length ? 'true' : 'false'}
    >
      ${list.map((s, i) => {
        const bad = ed.issuesAt([...path, i], true).some((x) => x.severity == 'error');
        return html`<li
          role="option"
          id="opt-${i}"
          aria-selected=${i == ed.item ? 'true' : 'false'}
          tabindex=${i == ed.item ? 0 : -1}
          @click=${() => (ed.item = i)}
          @keydown=${(e: KeyboardEvent) => onListKey(ed, e, list.length)}
        >
          ${i + 1}. ${String(s?.title || s?.id || noun)}${bad ? html`<span class="count">has errors</span>` : nothing}
        </li>`;
      })}
    </ul>
    <p class="hint" id="${listId}-keys">Up/Down to choose, Alt+Up/Alt+Down to reorder.</p>
    ${messages(ed, path)}
    <div class="row">
      <button type="button" @click=${() => insertChild(ed)}>Add ${noun}</button>
      <button type="button" ?disabled=${ed.item == 0} @click=${() => moveChild(ed, -1)}>Move up</button>
      <button type="button" ?disabled=${ed.item >= list.length - 1} @click=${() => moveChild(ed, 1)}>Move down</button>
      <button type="button" class="danger" ?disabled=${list.length == 0} @click=${() => deleteChild(ed)}>
        Delete ${noun}
      </button>
    </div>`;
}
