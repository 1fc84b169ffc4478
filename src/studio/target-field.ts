import { html, nothing } from 'lit';
import { fieldId, pathText, plural, type Path } from './draft-paths.js';
import { messages } from './form-fields.js';
import { startPicker } from './pick-element.js';
import { countMatches, proposeSelectors } from './propose-selector.js';
import type { StudioEditor } from './studio-editor.js';

/** Stop picking a target. */
export function cancelPick(ed: StudioEditor) {
  ed.stopPicker?.();
  ed.stopPicker = undefined;
  ed.picking = null;
  ed.say('Picking cancelled.');
}

/** Pick the target of a field on the page (or cancel the running pick); the picked element's selectors are proposed. */
export function pick(ed: StudioEditor, path: Path) {
  const host = ed.host;
  if (ed.picking) return cancelPick(ed);
  ed.picking = path;
  ed.proposals = null;
  const current = String([].concat((ed.at(path) as never) ?? '')[0] ?? '');
  let start: Element | null = null;
  try {
    start = current ? document.querySelector(current.split('>>>')[0]) : null;
  } catch {
    /* not a selector yet */
  }
  ed.say('Picking: point at an element and click it, or use Tab / arrow keys and Enter. Esc cancels.');
  ed.stopPicker = startPicker({
    ignore: (el) => el == (host as Element),
    start,
    describe: (el) => {
      const [best] = proposeSelectors(el);
      return best ? `${best.selector} · ${plural(best.matches, 'match')}` : el.localName;
    },
    onHover: (el) => {
      if (!el) return;
      const r = el.getBoundingClientRect();
      const panel = host.getBoundingClientRect();
      const under = r.right > panel.left && r.left < panel.right && r.bottom > panel.top && r.top < panel.bottom;
      ed.say(
        `Highlighted: ${proposeSelectors(el)[0]?.selector ?? el.localName}` +
          (under ? '. It is under the studio: dock the studio on the other side to see it.' : ''),
      );
    },
    onPick: (el) => {
      const list = proposeSelectors(el);
      ed.picking = null;
      ed.stopPicker = undefined;
      if (!list.length) return ed.say('No selector can find that element: pick another one.');
      ed.proposals = { path, list };
      ed.set(path, list[0].selector);
      ed.say(`Picked ${list[0].selector} (${plural(list[0].matches, 'match')} on this page).`);
      void host.updateComplete.then(() => (host.renderRoot.querySelector(`#${fieldId(path)}`) as HTMLElement)?.focus());
    },
    onCancel: () => {
      ed.picking = null;
      ed.stopPicker = undefined;
      ed.say('Picking cancelled.');
      void host.updateComplete.then(() =>
        (host.renderRoot.querySelector('[data-picker-keys]') as HTMLElement)?.focus(),
      );
    },
  });
  void host.updateComplete.then(() => (host.renderRoot.querySelector('[data-picker-keys]') as HTMLElement)?.focus());
}

/**
 * The target field: one selector per line with its match counts, the pick-on-the-page button, and the alternative
 * selectors proposed for the last picked element.
 */
export function target(ed: StudioEditor, path: Path, label = 'Target (CSS selector, one fallback per line)') {
  const id = fieldId(path);
  const raw = ed.at(path);
  const lines = ([] as unknown[]).concat(raw ?? []).map(String);
  const errs = ed.issuesAt(path, true);
  const picking = ed.picking && pathText(ed.picking) == pathText(path);
  const counts = lines.filter((l) => l.trim()).map((l) => `${l}: ${plural(countMatches(l), 'match')}`);
  const proposals = ed.proposals && pathText(ed.proposals.path) == pathText(path) ? ed.proposals.list : null;
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
        ed.set(path, v.length > 1 ? v : v[0]);
      }}
    ></textarea>
    <p class="hint" id="${id}-count">${counts.length ? counts.join('; ') : 'No target: a centred step.'}</p>
    ${messages(ed, path, true)}
    <div class="row">
      <button
        type="button"
        data-picker-keys
        aria-pressed=${picking ? 'true' : 'false'}
        aria-keyshortcuts="Escape"
        @click=${() => pick(ed, path)}
      >
        ${picking ? 'Cancel picking (Esc)' : 'Pick on the page'}
      </button>
      <button type="button" ?hidden=${!ed.at(path)} @click=${() => ed.set(path, undefined)}>Clear target</button>
    </div>
    ${
      proposals
        ? html`<h4 id="${id}-alts">Alternatives</h4>
          <ul class="proposals" aria-labelledby="${id}-alts">
            ${proposals.map(
              (p) => html`<li>
                <code>${p.selector}</code><span class="count">${p.tier}, ${plural(p.matches, 'match')}</span>
                <button type="button" aria-label="Use ${p.selector}" @click=${() => ed.set(path, p.selector)}>Use</button>
              </li>`,
            )}
          </ul>
          ${
            proposals.filter((p) => p.matches == 1).length > 1
              ? html`<button
                type="button"
                @click=${() =>
                  ed.set(
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
