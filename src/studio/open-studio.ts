import type { GuideDocument } from '../core/guide-definition.js';
import type { Waymark } from '../create-waymark.js';
import { registerElements } from '../elements/register-elements.js';
import type { CreateWaymark } from './preview.js';
import { WmStudio } from './studio-panel.js';

/** Options of {@link openStudio}. */
export interface StudioOptions {
  /** `createWaymark`, which previews run a throwaway instance with (`createWaymark({ studio })` passes it). */
  createWaymark: CreateWaymark;
  /** The side of the viewport the panel docks to. @default "right" */
  dock?: 'left' | 'right';
  /** The app's labels, so previews read like the app. */
  labels?: Record<string, string>;
}

/** An open studio. */
export interface Studio {
  /** The panel element. */
  readonly element: WmStudio;
  /** Close the studio (the draft stays stored). */
  close(): void;
}

/**
 * Open the studio on the running app: a side panel that edits a local draft of the guide document (starting from
 * the stored draft, else the instance's document), picks targets, previews guides and exports the document. The
 * app's own instance is never changed. Closing the studio (or destroying the instance) removes everything it added.
 * Where there is no DOM it does nothing. Never throws.
 * @example
 * ```ts
 * import { createWaymark } from 'waymark';
 * import { openStudio } from 'waymark/studio';
 * const waymark = createWaymark({ guides });
 * if (isStaff) openStudio(waymark, { createWaymark });
 * ```
 * @param waymark - the app's instance.
 * @param options - see {@link StudioOptions}.
 * @returns the open studio.
 */
export function openStudio(waymark: Waymark, options: StudioOptions): Studio {
  let element!: WmStudio;
  const close = () => element?.remove();
  try {
    if (typeof document == 'undefined') return { element, close };
    registerElements({ 'wm-studio': WmStudio });
    document.querySelector('wm-studio')?.remove();
    element = document.createElement('wm-studio');
    element.create = options.createWaymark;
    element.labels = options.labels;
    element.dock = options.dock ?? 'right';
    const doc = JSON.parse(JSON.stringify(waymark.context.doc ?? { schemaVersion: 1 })) as GuideDocument;
    element.original = doc;
    element.load(doc);
    element.addEventListener('wm-studio-close', close);
    // Outside <body>: a running tour makes the page inert up to <body>'s children; the studio stays usable.
    document.documentElement.append(element);
    waymark.context.onDestroy(close);
  } catch (error) {
    console.error('waymark: the studio could not open', error);
  }
  return { element, close };
}
