import { createWaymark, type Waymark, type WaymarkOptions } from '../create-waymark.js';

declare global {
  interface Window {
    /** The instance the `<script data-guides>` build started (see {@link autoStart}). */
    waymark?: Waymark;
    /** Options the `<script data-guides>` build adds to its instance: what attributes cannot say (callbacks, labels). */
    waymarkOptions?: Partial<WaymarkOptions>;
  }
}

/**
 * Start Waymark from a `<script>` tag's attributes, for sites without a build step:
 *
 * ```html
 * <script src="https://unpkg.com/waymark/dist/waymark.global.js" data-guides="/guides.json" data-user-id="u-42"></script>
 * ```
 *
 * | attribute | meaning |
 * | --- | --- |
 * | `data-guides` | URL of the guide document, relative to the page (required: without it nothing starts) |
 * | `data-user-id` | the user whose progress is kept (default `anonymous`) |
 * | `data-storage` | `memory` keeps progress for this page view only (default: localStorage) |
 * | `data-namespace` | prefix of the storage key (default `waymark`) |
 * | `data-start` | a tour to start once ready when this user has never started, finished or closed it |
 *
 * The instance exists at once as `window.waymark` (calls made before the document arrived wait for it), and
 * `window.waymarkOptions`, when the page sets it before the tag, adds options attributes cannot carry
 * (`chat.custom`, `labels`, `actions`, …). On the page, `data-waymark-start="tour-id"` on any element starts a tour
 * when it is clicked, and `data-waymark-track="event.name"` reports an event: a site needs no script of its own.
 * @param script - the tag (`document.currentScript` when the script runs).
 * @returns the instance, or undefined when the tag has no `data-guides` (or there is no page).
 */
export function autoStart(script: HTMLOrSVGScriptElement | null | undefined): Waymark | undefined {
  const data = (script as HTMLScriptElement | null | undefined)?.dataset;
  if (typeof document == 'undefined' || !data?.guides) return undefined;
  const url = new URL(data.guides, document.baseURI);
  const guides = fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  });
  const waymark = createWaymark({
    ...window.waymarkOptions,
    guides,
    userId: data.userId || window.waymarkOptions?.userId,
    ...(data.storage == 'memory' && { storage: 'memory' as const }),
    ...(data.namespace && { namespace: data.namespace }),
  });
  // Declarative controls: one delegated listener for the whole page.
  const click = (e: Event) => {
    const el = (e.composedPath()[0] as Element | undefined)?.closest?.(
      '[data-waymark-start],[data-waymark-track]',
    ) as HTMLElement | null;
    const { waymarkStart, waymarkTrack } = el?.dataset ?? {};
    if (waymarkTrack) waymark.track(waymarkTrack);
    if (waymarkStart) waymark.start(waymarkStart);
  };
  document.addEventListener('click', click);
  waymark.context.onDestroy(() => document.removeEventListener('click', click));
  const first = data.start;
  if (first) void waymark.ready.then(() => waymark.progress.getTour(first) || waymark.start(first));
  window.waymark = waymark;
  return waymark;
}

/**
 * The `<script type="module">` tag that loaded a module, found by its URL (module scripts have no
 * `document.currentScript`).
 * @param url - the module's `import.meta.url`.
 */
export const findScript = (url: string): HTMLScriptElement | null =>
  typeof document == 'undefined' ? null : ([...document.scripts].find((s) => s.src == url) ?? null);
