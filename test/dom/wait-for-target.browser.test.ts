import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForTarget } from '../../src/dom/wait-for-target.js';

const later = (fn: () => void, ms = 30) => setTimeout(fn, ms);
const frames = (n: number) => new Promise<void>((r) => (n ? requestAnimationFrame(() => frames(n - 1).then(r)) : r()));

/** Replace MutationObserver with a subclass that records which observers are live and what they watch. */
const trackObservers = () => {
  const live = new Set<MutationObserver>();
  const watched: Node[] = [];
  const callbacks = vi.fn();
  const Native = MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Native {
      constructor(cb: MutationCallback) {
        super((...args) => (callbacks(), cb(...args)));
      }
      override observe(node: Node, init?: MutationObserverInit) {
        live.add(this);
        watched.push(node);
        super.observe(node, init);
      }
      override disconnect() {
        live.delete(this);
        super.disconnect();
      }
    },
  );
  return { live, watched, callbacks };
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('waitForTarget in Chromium', () => {
  it('resolves an element added to the light DOM later', async () => {
    const pending = waitForTarget('[data-tour=create]', { timeout: 3000 });
    later(() => document.body.insertAdjacentHTML('beforeend', '<button data-tour="create">Create</button>'));
    expect(await pending).toBe(document.querySelector('[data-tour=create]'));
  });

  it('resolves inside a shadow root whose host appears later, observing that root', async () => {
    const { watched } = trackObservers();
    const pending = waitForTarget('late-host >>> button.go', { timeout: 3000 });
    const hostEl = document.createElement('late-host');
    const shadow = hostEl.attachShadow({ mode: 'open' });
    later(() => document.body.append(hostEl), 10);
    // only a MutationObserver on the shadow root can notice this one
    later(() => (shadow.innerHTML = '<button class="go">Go</button>'), 150);
    expect(await pending).toBe(shadow.querySelector('button'));
    expect(watched).toContain(shadow);
  });

  it('waits for a present but hidden element to become visible by a class change', async () => {
    document.body.innerHTML = '<style>.off{display:none}</style><div class="off"><a href="#" id="t">Link</a></div>';
    const target = document.getElementById('t')!;
    const pending = waitForTarget('#t', { timeout: 3000 });
    let settled = false;
    void pending.then(() => (settled = true));
    await frames(3);
    expect(settled).toBe(false);
    document.querySelector('div')!.classList.remove('off');
    expect(await pending).toBe(target);
    expect(await waitForTarget('#t', { timeout: 10, visible: false })).toBe(target);
  });

  it('skips a hidden match for a visible one (e.g. responsive duplicates)', async () => {
    document.body.innerHTML = '<button class="m" hidden>Mobile</button><button class="m">Desktop</button>';
    expect((await waitForTarget('.m', { timeout: 10 }))?.textContent).toBe('Desktop');
    document.body.innerHTML = '<button style="visibility:hidden" id="v">Invisible</button>';
    expect(await waitForTarget('#v', { timeout: 10 })).toBeNull();
  });

  it('resolves null on timeout and leaves no observer, timer or frame behind', async () => {
    const { live, callbacks } = trackObservers();
    const setTimer = vi.spyOn(window, 'setTimeout');
    const clearTimer = vi.spyOn(window, 'clearTimeout');
    const pending = waitForTarget('#never', { timeout: 123 });
    expect(live.size).toBe(1);
    document.body.append(document.createElement('p')); // a mutation while waiting
    expect(await pending).toBeNull();
    expect(live.size).toBe(0);
    const timer = setTimer.mock.results[setTimer.mock.calls.findIndex((c) => c[1] === 123)]!.value;
    expect(clearTimer).toHaveBeenCalledWith(timer);

    const query = vi.spyOn(Document.prototype, 'querySelectorAll');
    callbacks.mockClear();
    document.body.append(document.createElement('p'));
    await frames(2);
    expect(callbacks).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
  });

  it('resolves null on abort and cleans up', async () => {
    const { live } = trackObservers();
    const ctrl = new AbortController();
    const pending = waitForTarget('#never', { timeout: 60_000, signal: ctrl.signal });
    later(() => ctrl.abort(), 20);
    expect(await pending).toBeNull();
    expect(live.size).toBe(0);
  });

  it('checks at most once per frame during a mutation burst', async () => {
    const query = vi.spyOn(Document.prototype, 'querySelectorAll');
    const pending = waitForTarget('#burst-end', { timeout: 3000 });
    query.mockClear();
    for (let i = 0; i < 50; i++) await Promise.resolve(document.body.append(document.createElement('span')));
    document.body.insertAdjacentHTML('beforeend', '<b id="burst-end">x</b>');
    expect(await pending).toBe(document.getElementById('burst-end'));
    expect(query.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
