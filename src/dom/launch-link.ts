/**
 * Launch and preview links: `?waymark-start=<tourId>[&waymark-step=<stepId>][&waymark-preview]` in the page's URL
 * (in its query, or in the query of a hash route: `#/settings?waymark-start=…`).
 * @packageDocumentation
 */

/** Settings of launch links (`createWaymark({ launchLinks })`). */
export interface LaunchLinkOptions {
  /**
   * Honour `waymark-preview` (start the tour even outside its `startsAt`/`endsAt` window, environments and hosts).
   * @default true
   */
  preview?: boolean;
  /** Take the parameters out of the address bar once handled (`history.replaceState`), so a reload does not start the tour again. @default true */
  removeParams?: boolean;
}

/** A launch link found in the page's URL. */
export interface LaunchLink {
  tourId: string;
  stepId?: string;
  /** `waymark-preview` was given (and previews are allowed). */
  preview: boolean;
  /** Remove the link's parameters from the address bar (unless `removeParams: false`). Never throws. */
  clear(): void;
}

const PARAMS = ['waymark-start', 'waymark-step', 'waymark-preview'];

/**
 * Read the launch link of the page's URL.
 * @param options - `false` turns launch links off; an object tunes them. @default true
 * @param location - the page's location. @default globalThis.location
 * @param history - the page's history. @default globalThis.history
 * @returns the link, or undefined when there is none (or launch links are off).
 */
export function readLaunchLink(
  options: boolean | LaunchLinkOptions = true,
  location: Location = globalThis.location,
  history: History = globalThis.history,
): LaunchLink | undefined {
  if (options === false || !location) return undefined;
  const { preview: allowPreview = true, removeParams = true } = options === true ? {} : options;
  const hashQuery = location.hash.indexOf('?');
  const inSearch = new URLSearchParams(location.search);
  const inHash = new URLSearchParams(hashQuery < 0 ? '' : location.hash.slice(hashQuery + 1));
  const params = inSearch.get('waymark-start') ? inSearch : inHash;
  const tourId = params.get('waymark-start')?.trim();
  if (!tourId) return undefined;
  const flag = params.get('waymark-preview');
  return {
    tourId,
    ...(params.get('waymark-step')?.trim() && { stepId: params.get('waymark-step')!.trim() }),
    preview: allowPreview && flag != null && !/^(0|false|no)$/i.test(flag),
    clear() {
      if (!removeParams) return;
      try {
        // The other parameters stay exactly as written (URLSearchParams would rewrite `?flag` as `?flag=`).
        const strip = (query: string) =>
          query
            .split('&')
            .filter((part) => part && !PARAMS.includes(decodeURIComponent(part.split('=')[0])))
            .join('&');
        const search = params == inSearch ? strip(location.search.slice(1)) : location.search.slice(1);
        const hash =
          params == inSearch
            ? location.hash
            : location.hash.slice(0, hashQuery) +
              (strip(location.hash.slice(hashQuery + 1)) ? '?' : '') +
              strip(location.hash.slice(hashQuery + 1));
        history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${hash}`);
      } catch {
        /* a sandboxed frame may refuse: the link then stays in the address bar */
      }
    },
  };
}
