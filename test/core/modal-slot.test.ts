import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import { createModalSlot } from '../../src/core/modal-slot.js';
import type { ActiveStep } from '../../src/core/tour-engine.js';

describe('createModalSlot', () => {
  it('gives the slot to one holder at a time; a running tour takes it and frees it (and the help offer) when it ends', () => {
    const $active = atom<ActiveStep | null>(null);
    const cleanups: (() => void)[] = [];
    const slot = createModalSlot($active, (c) => cleanups.push(c));
    expect(slot.claimModal('announcement:new')).toBe(true);
    expect(slot.claimModal('announcement:new')).toBe(true);
    expect(slot.claimModal('hint:x')).toBe(false);
    slot.releaseModal('hint:x');
    expect(slot.$modal.get()).toBe('announcement:new');
    slot.releaseModal('announcement:new');
    $active.set({ tour: { id: 'welcome' } } as ActiveStep);
    slot.$help.set({ label: 'Chat', reason: 'stuck-time' });
    expect(slot.$modal.get()).toBe('tour:welcome');
    expect(slot.claimModal('announcement:new')).toBe(false);
    $active.set(null);
    expect(slot.$modal.get()).toBeNull();
    expect(slot.$help.get()).toBeNull();
    cleanups.forEach((c) => c());
    $active.set({ tour: { id: 'again' } } as ActiveStep);
    expect(slot.$modal.get()).toBeNull();
  });
});
