import { afterEach, describe, expect, it } from 'vitest';
import { waitForTarget } from '../../src/dom/wait-for-target.js';

// happy-dom has no layout (every box is 0x0), so these tests use `visible: false`;
// visibility is covered in wait-for-target.browser.test.ts.
afterEach(() => document.body.replaceChildren());

describe('waitForTarget (no layout)', () => {
  it('resolves at once when the target exists', async () => {
    document.body.innerHTML = '<b id="t"></b>';
    await expect(waitForTarget('#t', { timeout: 50, visible: false })).resolves.toBe(document.getElementById('t'));
  });

  it('resolves when the target is added later, and when a class change makes it match', async () => {
    const added = waitForTarget('#late', { timeout: 2000, visible: false });
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<i id="late"></i>'), 20);
    expect(await added).toBe(document.getElementById('late'));

    const byClass = waitForTarget('#late.ready', { timeout: 2000, visible: false });
    setTimeout(() => document.getElementById('late')!.classList.add('ready'), 20);
    expect(await byClass).toBe(document.getElementById('late'));
  });

  it('resolves null on timeout and on abort, never rejecting', async () => {
    expect(await waitForTarget('#never', { timeout: 30, visible: false })).toBeNull();
    const ctrl = new AbortController();
    const pending = waitForTarget('#never', { timeout: 60_000, signal: ctrl.signal, visible: false });
    ctrl.abort();
    expect(await pending).toBeNull();
    expect(await waitForTarget('#never', { timeout: 60_000, signal: AbortSignal.abort(), visible: false })).toBeNull();
  });

  it('does not count an unrendered element as visible by default', async () => {
    document.body.innerHTML = '<b id="t" style="display:none"></b>';
    expect(await waitForTarget('#t', { timeout: 30 })).toBeNull();
  });
});
