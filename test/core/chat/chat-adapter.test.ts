import { describe, expect, it } from 'vitest';
import { attempt } from '../../../src/core/chat/chat-adapter.js';

describe('attempt', () => {
  it('is true when the provider call goes through, whatever it returns except false', () => {
    expect(attempt(() => undefined)).toBe(true);
    expect(attempt(() => 0)).toBe(true);
    expect(attempt(() => false)).toBe(false);
  });

  it('turns a throwing provider call into false', () => {
    expect(
      attempt(() => {
        throw new TypeError('Intercom is not a function');
      }),
    ).toBe(false);
  });
});
