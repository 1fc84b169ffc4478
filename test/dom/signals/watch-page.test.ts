import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../src/dom/signals/watch-page.js';

afterEach(() => history.replaceState(null, '', '/'));

describe('watchPage', () => {
  it('reports pushState, replaceState and popstate path changes, once each, and restores history on cleanup', () => {
    const push = history.pushState;
    const seen: string[] = [];
    const stop = watchPage((p) => seen.push(p));
    history.pushState(null, '', '/a');
    history.pushState(null, '', '/a?tab=2');
    history.replaceState(null, '', '/b');
    history.replaceState(null, '', '/c#x');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/a', '/b', '/c']);
    stop();
    expect(history.pushState).toBe(push);
    history.pushState(null, '', '/d');
    expect(seen).toHaveLength(3);
  });

  it('leaves a wrapper added on top of its own in place, but goes quiet', () => {
    const fn = vi.fn();
    const stop = watchPage(fn);
    const ours = history.pushState;
    const theirs = function (this: History, ...a: Parameters<History['pushState']>) {
      ours.apply(this, a);
    };
    history.pushState = theirs;
    stop();
    expect(history.pushState).toBe(theirs);
    history.pushState(null, '', '/x');
    expect(fn).not.toHaveBeenCalled();
    history.pushState = Object.getPrototypeOf(history).pushState;
  });

  it('uses the Navigation API when the browser has it', () => {
    const navigation = new EventTarget();
    const win = { location: { pathname: '/' }, navigation, history } as unknown as Window;
    const seen: string[] = [];
    const push = history.pushState;
    const stop = watchPage((p) => seen.push(p), win);
    expect(history.pushState).toBe(push);
    (win.location as any).pathname = '/next';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toEqual(['/next']);
    stop();
    (win.location as any).pathname = '/again';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toEqual(['/next']);
  });
});
