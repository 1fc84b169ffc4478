import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/core/memory-storage.js';

describe('memoryStorage', () => {
  it('starts from the initial values and sets, reads and removes keys', () => {
    const storage = memoryStorage({ a: '1' });
    expect(storage.get('a')).toBe('1');
    expect(storage.get('b')).toBeNull();
    storage.set('b', '2');
    storage.remove!('a');
    expect([storage.get('a'), storage.get('b')]).toEqual([null, '2']);
  });

  it('keeps instances independent', () => {
    const initial = { a: '1' };
    const one = memoryStorage(initial);
    one.set('a', 'changed');
    expect(memoryStorage(initial).get('a')).toBe('1');
    expect(initial.a).toBe('1');
  });
});
