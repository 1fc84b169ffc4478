import { listen } from '../listen.js';

/**
 * Call back whenever the page path changes, including single-page-app route changes: the Navigation
 * API's `currententrychange` where the browser has it, otherwise `popstate`, `hashchange` and a light
 * wrap of `history.pushState` / `replaceState` (made inert on cleanup, and restored when nobody wrapped
 * them on top meanwhile). Only real path changes are reported.
 * @param onChange - receives the new `location.pathname`.
 * @param win - the window to watch. @default window
 * @returns the cleanup.
 */
export function watchPage(onChange: (path: string) => void, win: Window = window): () => void {
  let path = win.location.pathname;
  const check = () => {
    const p = win.location.pathname;
    if (p !== path) onChange((path = p));
  };
  // The Navigation API, where the browser has it.
  const nav = (win as { navigation?: EventTarget }).navigation;
  if (nav) return listen(nav, 'currententrychange', check);
  const h = win.history;
  const wrap = (name: 'pushState' | 'replaceState') => {
    const orig = h[name];
    let live = true;
    const fn = function (this: History, ...args: Parameters<History['pushState']>) {
      orig.apply(this, args);
      if (live) check();
    };
    h[name] = fn;
    return () => {
      live = false;
      if (h[name] === fn) h[name] = orig;
    };
  };
  const offs = [
    listen(win, 'popstate', check),
    listen(win, 'hashchange', check),
    wrap('pushState'),
    wrap('replaceState'),
  ];
  return () => offs.forEach((off) => off());
}
