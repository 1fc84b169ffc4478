/**
 * `waymark/studio`: the guide editor opened on the running app. A separate entry and lazy chunk: apps that do not
 * open it never load it. `createWaymark({ studio: true })` (or `'url'` with `?waymark-studio` in the address) opens
 * it for you; see {@link openStudio} to open it yourself.
 * @packageDocumentation
 */
export { openStudio, type Studio, type StudioOptions } from '../studio/open-studio.js';
export { WmStudio } from '../studio/studio-panel.js';
export {
  proposeSelectors,
  looksGenerated,
  countMatches,
  type SelectorProposal,
  type SelectorTier,
} from '../studio/propose-selector.js';
export { startPreview, previewDocument, type Preview, type PreviewKind } from '../studio/preview.js';
