import { describe, expect, it, vi } from 'vitest';
import { createEmitter } from '../../src/core/emitter.js';

interface Map {
  a: { n: number };
  b: { s: string };
}

describe('createEmitter', () => {
  it('delivers typed payloads to listeners of that type and to onAny with the type tag', () => {
    const events = createEmitter<Map>();
    const a = vi.fn();
    const any = vi.fn();
    events.on('a', a);
    events.onAny(any);
    events.emit('a', { n: 1 });
    events.emit('b', { s: 'x' });
    expect(a).toHaveBeenCalledExactlyOnceWith({ n: 1 });
    expect(any.mock.calls).toEqual([[{ n: 1, type: 'a' }], [{ s: 'x', type: 'b' }]]);
  });

  it('returns an unsubscribe function, and clear() removes everything', () => {
    const events = createEmitter<Map>();
    const a = vi.fn();
    const off = events.on('a', a);
    off();
    events.emit('a', { n: 1 });
    events.on('a', a);
    events.clear();
    events.emit('a', { n: 2 });
    expect(a).not.toHaveBeenCalled();
  });

  it('isolates a throwing listener: the others still run and the error goes to onError', () => {
    const onError = vi.fn();
    const events = createEmitter<Map>(onError);
    const after = vi.fn();
    events.on('a', () => {
      throw new Error('boom');
    });
    events.on('a', after);
    expect(() => events.emit('a', { n: 1 })).not.toThrow();
    expect(after).toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
  });

  it('lets a listener unsubscribe itself while the event is being delivered', () => {
    const events = createEmitter<Map>();
    const seen: number[] = [];
    const off = events.on('a', (e) => {
      seen.push(e.n);
      off();
    });
    events.emit('a', { n: 1 });
    events.emit('a', { n: 2 });
    expect(seen).toEqual([1]);
  });
});
