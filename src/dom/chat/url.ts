import { attempt, type ChatAdapter, type ChatPayload, type ProviderOptions } from '../../core/chat/chat-adapter.js';

/** Options of {@link createUrlAdapter}. */
export interface UrlAdapterOptions extends ProviderOptions {
  /** The support form or help page; `http(s):` or relative to the current page. */
  url?: string;
  /**
   * Open in a new tab (otherwise navigate the current one).
   * @default true
   */
  newTab?: boolean;
  /**
   * Append the fields and `waymark_message` as query parameters.
   * @default false
   */
  context?: boolean;
  /**
   * Navigates the current tab.
   * @default (url) => win.location.assign(url)
   */
  navigate?: (url: string) => unknown;
}

/**
 * A support form or help page. Only `http:` and `https:` addresses are opened. A new tab is opened
 * without access to this page (`opener` is cleared); a blocked pop-up makes `open` return `false`.
 * @param options - the URL, tab choice, context parameters, `navigate` override
 * @returns the adapter
 */
export function createUrlAdapter({
  url,
  newTab = true,
  context = false,
  win = globalThis,
  navigate = (href) => win.location.assign(href),
}: UrlAdapterOptions = {}): ChatAdapter {
  const target = (payload?: ChatPayload): string | null => {
    try {
      const address = url && new URL(url, win.location?.href);
      if (!address || !/^https?:$/.test(address.protocol)) return null;
      if (payload && context)
        for (const [key, value] of Object.entries({ ...payload.fields, waymark_message: payload.message }))
          address.searchParams.set(key, String(value));
      return address.href;
    } catch {
      return null;
    }
  };
  return {
    name: 'url',
    supportsOffline: true,
    isAvailable: () => !!target(),
    open(payload) {
      const href = target(payload);
      return (
        !!href &&
        attempt(() => {
          if (!newTab) return navigate(href);
          const opened = win.open(href, '_blank');
          if (!opened) return false;
          opened.opener = null;
        })
      );
    },
  };
}
