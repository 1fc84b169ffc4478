import { html, nothing } from 'lit';
import { KINDS } from './draft-paths.js';
import type { StudioEditor } from './studio-editor.js';

/** The guides of the draft, a list per kind (the selected one is `aria-current`), each with its add button. */
export function guideList(ed: StudioEditor) {
  return KINDS.map(
    ([kind, key, name]) => html`<h3 id="list-${kind}">${name}</h3>
      <ul class="guides" aria-labelledby="list-${kind}">
        ${ed.list(key).map((g, i) => {
          const current = ed.sel?.kind == kind && ed.sel.index == i;
          const bad = ed.issuesAt([key, i], true).some((x) => x.severity == 'error');
          return html`<li>
            <button
              type="button"
              aria-current=${current ? 'true' : 'false'}
              @click=${() => ((ed.sel = { kind, index: i }), (ed.item = 0), (ed.proposals = null))}
            >
              ${String(g?.title || g?.id || kind)}${bad ? html`<span class="count">has errors</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
      <button type="button" @click=${() => ed.addGuide(kind)}>Add ${kind}</button>`,
  );
}
