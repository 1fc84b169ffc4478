import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkContext } from '../../src/core/waymark-context.js';
import { provideContext, requestContext } from '../../src/elements/request-context.js';

const fake = (name: string) => ({ name }) as unknown as WaymarkContext;

describe('requestContext / provideContext', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((c) => c());
    document.body.replaceChildren();
  });

  it('finds a running instance right away, also from inside a shadow root', () => {
    const a = fake('a');
    cleanups.push(provideContext(document, a, { chat: 42 }));
    const host = document.body.appendChild(document.createElement('div'));
    const el = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    const seen = vi.fn();
    cleanups.push(requestContext(el, seen));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen.mock.calls[0]![0]).toBe(a);
    expect(seen.mock.calls[0]![1]).toMatchObject({ context: a, chat: 42 });
  });

  it('waits for an instance that starts later, and the first instance keeps answering', () => {
    const el = document.body.appendChild(document.createElement('span'));
    const seen = vi.fn();
    cleanups.push(requestContext(el, seen));
    expect(seen).not.toHaveBeenCalled();
    const a = fake('a');
    cleanups.push(provideContext(document, a));
    expect(seen).toHaveBeenLastCalledWith(a, { context: a });
    // A second instance announcing itself: the element asks again and still gets the first one, without the
    // second one's extras.
    const stopB = provideContext(document, fake('b'), { chat: 1 });
    expect(seen).toHaveBeenLastCalledWith(a, { context: a });
    stopB();
  });

  it('stops answering and stops asking after cleanup', () => {
    const el = document.body.appendChild(document.createElement('span'));
    const seen = vi.fn();
    const stop = requestContext(el, seen);
    stop();
    const stopA = provideContext(document, fake('a'));
    expect(seen).not.toHaveBeenCalled();
    stopA();
    const detail: Record<string, unknown> = {};
    el.dispatchEvent(new CustomEvent('wm-context-request', { detail, bubbles: true, composed: true }));
    expect(detail.context).toBeUndefined();
  });
});
