import { html } from 'lit';
import { parseDocument, saveDraft } from './draft-store.js';
import { KINDS } from './draft-paths.js';
import type { StudioEditor } from './studio-editor.js';

const json = (ed: StudioEditor) => JSON.stringify(ed.host.doc, null, 2);

/** Copy the draft as JSON (into the import/export field when there is no clipboard). */
async function copy(ed: StudioEditor) {
  try {
    await navigator.clipboard.writeText(json(ed));
    ed.say('Copied the guide document to the clipboard.');
  } catch {
    ed.importing = true;
    ed.say('The clipboard is not available: the document is in the import/export field, select it and copy.');
    await ed.host.updateComplete;
    const area = ed.host.renderRoot.querySelector('#io') as HTMLTextAreaElement | null;
    if (!area) return;
    area.value = json(ed);
    area.select();
    area.focus();
  }
}

/** Download the draft as guides.json. */
function download(ed: StudioEditor) {
  try {
    const url = URL.createObjectURL(new Blob([json(ed)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'guides.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    ed.say('Downloaded guides.json.');
  } catch (e) {
    ed.say(`The download failed: ${String(e)}`);
  }
}

/** Load a pasted or dropped document, and preview its first guide at once. */
function importDocument(ed: StudioEditor, text: string) {
  const parsed = parseDocument(text);
  if ('error' in parsed) return ed.say(parsed.error);
  ed.host.load(parsed.doc, false);
  saveDraft(ed.host.doc);
  ed.importing = false;
  const counts = KINDS.map(([, key, name]) => `${ed.list(key).length} ${name.toLowerCase()}`).join(', ');
  ed.say(`Loaded a document with ${counts}.`);
  const first = KINDS.find(([k, key]) => k != 'checklist' && ed.list(key).length);
  if (first) ed.play(first[0], String(ed.list(first[1])[0].id));
}

/** Import a file (or text) dropped on the panel. */
export async function onDrop(ed: StudioEditor, e: DragEvent) {
  e.preventDefault();
  ed.dragging = false;
  try {
    const file = e.dataTransfer?.files[0];
    const text = file ? await file.text() : e.dataTransfer?.getData('text/plain');
    if (text) importDocument(ed, text);
  } catch (error) {
    ed.say(`That file could not be read: ${String(error)}`);
  }
}

/** Make the app's document the draft again. */
function revert(ed: StudioEditor) {
  ed.host.load(ed.host.original, false);
  saveDraft(ed.host.doc);
  ed.say("The draft is the app's document again.");
}

/** The import/export section: import, copy, download and revert buttons, and the paste/file box. */
export function importExport(ed: StudioEditor) {
  return html`<div class="row">
      <button type="button" aria-expanded=${ed.importing ? 'true' : 'false'} aria-controls="io-box" @click=${() => (ed.importing = !ed.importing)}>Import</button>
      <button type="button" @click=${() => void copy(ed)}>Copy JSON</button>
      <button type="button" @click=${() => download(ed)}>Download</button>
      <button type="button" @click=${() => revert(ed)}>Revert to the app's document</button>
    </div>
    <div id="io-box" ?hidden=${!ed.importing}>
      <label for="io">Paste a guide document (JSON), or drop a .json file on the studio</label>
      <textarea id="io" rows="6" @paste=${(e: ClipboardEvent) => {
        const text = e.clipboardData?.getData('text/plain');
        if (!text) return;
        e.preventDefault();
        importDocument(ed, text);
      }}></textarea>
      <div class="row">
        <button type="button" @click=${() => importDocument(ed, (ed.host.renderRoot.querySelector('#io') as HTMLTextAreaElement).value)}>Load</button>
        <label class="row" style="font-weight:400">
          Or a file: <input type="file" accept=".json,application/json" @change=${async (e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) importDocument(ed, await file.text());
          }} />
        </label>
      </div>
    </div>`;
}
