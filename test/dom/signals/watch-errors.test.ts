import { describe, expect, it, vi } from 'vitest';
import { watchErrors } from '../../../src/dom/signals/watch-errors.js';

describe('watchErrors', () => {
  it('counts uncaught errors and unhandled rejections until stopped', () => {
    const onError = vi.fn();
    const stop = watchErrors(onError);
    window.dispatchEvent(new ErrorEvent('error'));
    window.dispatchEvent(new Event('unhandledrejection'));
    stop();
    window.dispatchEvent(new ErrorEvent('error'));
    expect(onError).toHaveBeenCalledTimes(2);
  });
});
