import { describe, expect, it } from 'vitest';
import { createCallQueue } from '../../src/core/call-queue.js';

describe('createCallQueue', () => {
  it('runs a call at once when ready and nothing waits, else queues it and applies the queue in order', async () => {
    const queue = createCallQueue(() => false);
    const order: string[] = [];
    expect(queue.call(true, () => (order.push('now'), 1))).toBe(1);
    expect(queue.call(false, () => order.push('a'))).toBeUndefined();
    // Ready now, but a call waits before it: it waits too.
    expect(queue.call(true, () => order.push('b'), true)).toBeUndefined();
    expect(queue.decidesUser()).toBe(true);
    await queue.flush();
    expect(order).toEqual(['now', 'a', 'b']);
    expect(queue.decidesUser()).toBe(false);
  });

  it('keeps applying after a failing call, and drops (settling) what a destroyed instance never applies', async () => {
    let destroyed = false;
    const queue = createCallQueue(() => destroyed);
    const order: string[] = [];
    queue.call(false, () => Promise.reject(new Error('no')));
    queue.call(false, () => order.push('after'));
    await queue.flush();
    expect(order).toEqual(['after']);
    queue.call(
      false,
      () => order.push('never'),
      false,
      () => order.push('dropped'),
    );
    destroyed = true;
    queue.drop();
    queue.call(
      true,
      () => order.push('never'),
      false,
      () => order.push('dropped late'),
    );
    await queue.flush();
    expect(order).toEqual(['after', 'dropped', 'dropped late']);
  });
});
