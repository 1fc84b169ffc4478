import { describe, expect, it, vi } from 'vitest';
import { createActionRouter } from '../../src/core/action-router.js';

describe('createActionRouter', () => {
  it('asks the newest handler first, falls back to older ones when it declines, and reports whether one took it', () => {
    const router = createActionRouter();
    const seen: string[] = [];
    router.handle('link', () => void seen.push('built-in'));
    const off = router.handle('link', ({ href }) => (seen.push('app'), href == 'mine' ? undefined : false));
    expect(router.run({ action: 'link', href: 'mine' }, { source: 'api' })).toBe(true);
    expect(router.run({ action: 'link', href: 'other' }, { source: 'api' })).toBe(true);
    expect(seen).toEqual(['app', 'app', 'built-in']);
    off();
    expect(router.handles('link')).toBe(true);
    expect(router.handles('escalate')).toBe(false);
    expect(router.run({ action: 'escalate' }, { source: 'api' })).toBe(false);
  });

  it('never throws: a failing handler is logged and the action counts as not handled', () => {
    const router = createActionRouter();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    router.handle('app', () => {
      throw new Error('boom');
    });
    expect(router.run({ action: 'app', name: 'x' }, { source: 'button' })).toBe(false);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
