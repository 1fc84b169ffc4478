import { html } from 'lit';
import { KINDS } from './draft-paths.js';
import type { StudioEditor } from './studio-editor.js';

/** Select the guide (and step or item) a validator path points at, and focus its first invalid field. */
function goToIssue(ed: StudioEditor, path: string) {
  const m = /^(tours|hints|checklists|announcements)\[(\d+)\](?:\.(?:steps|items)\[(\d+)\])?/.exec(path);
  if (!m) return;
  const kind = KINDS.find(([, key]) => key == m[1])![0];
  ed.sel = { kind, index: Number(m[2]) };
  ed.item = m[3] ? Number(m[3]) : 0;
  void ed.host.updateComplete.then(() => {
    const el = ed.host.renderRoot.querySelector(`[aria-invalid=true]`) as HTMLElement | null;
    el?.focus();
  });
}

/** The problems of the draft: a toggle with the error and warning counts, and the list, each leading to its field. */
export function problemsList(ed: StudioEditor) {
  const errors = ed.issues.filter((i) => i.severity == 'error');
  const warnings = ed.issues.length - errors.length;
  return html`<div class="row">
      <button type="button" aria-expanded=${ed.showProblems ? 'true' : 'false'} aria-controls="problems" @click=${() => (ed.showProblems = !ed.showProblems)}>
        ${errors.length ? `${errors.length} error${errors.length == 1 ? '' : 's'}` : 'No errors'}${warnings ? `, ${warnings} warning${warnings == 1 ? '' : 's'}` : ''}
      </button>
    </div>
    <ul id="problems" ?hidden=${!ed.showProblems}>
      ${ed.issues.map(
        (i) => html`<li>
          <button type="button" class="link" @click=${() => goToIssue(ed, i.path)}>
            <span class=${i.severity}>${i.path || 'document'}</span>: ${i.message}
          </button>
        </li>`,
      )}
    </ul>`;
}
