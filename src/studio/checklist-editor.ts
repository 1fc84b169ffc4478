import { html, nothing } from 'lit';
import { isRecord } from '../core/is-record.js';
import { childList } from './child-list.js';
import { fieldId, type Path } from './draft-paths.js';
import { body, field, messages } from './form-fields.js';
import type { StudioEditor } from './studio-editor.js';

/** The editor of a checklist: its id, title and description, its items, and the fields of the selected item. */
export function checklistEditor(ed: StudioEditor, path: Path) {
  const [items, itemsPath] = ed.subList()!;
  const item = items[ed.item];
  const ip = [...itemsPath, ed.item];
  const rule = item?.completeWhen;
  const event = isRecord(rule) && typeof rule.event == 'string' ? rule.event : '';
  return html`${field(ed, [...path, 'id'], 'Checklist id')} ${field(ed, [...path, 'title'], 'Title')}
    ${field(ed, [...path, 'description'], 'Description')} ${childList(ed, 'Items', 'item')}
    ${
      item
        ? html`<section aria-labelledby="item-h">
          <h3 id="item-h">Item ${ed.item + 1}</h3>
          ${field(ed, [...ip, 'id'], 'Item id')} ${field(ed, [...ip, 'title'], 'Title')} ${body(ed, [...ip, 'body'])}
          <label for=${fieldId([...ip, 'completeWhen'])}>Done when the app tracks the event</label>
          <input
            id=${fieldId([...ip, 'completeWhen'])}
            .value=${event}
            placeholder="empty: the user ticks it off"
            aria-describedby="${fieldId([...ip, 'completeWhen'])}-msg"
            @input=${(e: Event) => {
              const v = (e.target as HTMLInputElement).value.trim();
              ed.set([...ip, 'completeWhen'], v ? { event: v } : 'manual');
            }}
          />
          ${
            isRecord(rule) && !event
              ? html`<p class="hint">This item has a condition the studio cannot edit; typing here replaces it.</p>`
              : nothing
          }
          ${messages(ed, [...ip, 'completeWhen'], true)}
        </section>`
        : nothing
    }`;
}
