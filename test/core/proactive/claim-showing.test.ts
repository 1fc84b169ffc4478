import { describe, expect, it } from 'vitest';
import { claimShowing, mergeShowings } from '../../../src/core/proactive/claim-showing.js';
import type { ShowRecord } from '../../../src/core/proactive/frequency.js';

const T = Date.UTC(2026, 5, 1);

describe('mergeShowings', () => {
  it('unites showings idempotently and commutatively, keeping the closed version', () => {
    const open: ShowRecord = { guideId: 'g', at: T, tab: 'a' };
    const closed: ShowRecord = { ...open, outcome: 'dismissed', closedAt: T + 5 };
    const other: ShowRecord = { guideId: 'h', at: T - 1, tab: 'b' };
    const ab = mergeShowings([open, other], [closed]);
    expect(ab).toEqual([other, closed]);
    expect(mergeShowings([closed], [open, other])).toEqual(ab);
    expect(mergeShowings(ab, ab)).toEqual(ab);
  });

  it('drops invalid records and keeps only the most recent per guide', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ guideId: 'g', at: T + i, tab: 'a' }));
    const merged = mergeShowings(many, [null, { guideId: 'g' }, { guideId: 'x', at: 'now', tab: 'a' }, 'junk']);
    expect(merged).toHaveLength(32);
    expect(merged[0].at).toBe(T + 8);
    expect(mergeShowings('nope' as unknown as unknown[], [{ guideId: 'h', at: T, tab: 'b' }])).toHaveLength(1);
  });
});

describe('claimShowing: two tabs and a once-guide', () => {
  it('lets exactly one tab show it, whichever order they re-read in', () => {
    // Both tabs found the guide due and wrote a claim almost at once.
    const a: ShowRecord = { guideId: 'welcome', at: T + 3, tab: 'tab-a' };
    const b: ShowRecord = { guideId: 'welcome', at: T + 7, tab: 'tab-b' };
    const persisted = mergeShowings(mergeShowings([], [a]), [b]);
    expect(claimShowing(a, persisted)).toBe(true);
    expect(claimShowing(b, persisted)).toBe(false);
    // Same millisecond: the smaller tab id wins, in both tabs.
    const b2 = { ...b, at: a.at };
    const tie = mergeShowings([b2], [a]);
    expect([claimShowing(a, tie), claimShowing(b2, tie)]).toEqual([true, false]);
  });

  it('counts earlier claims against max and ignores yielded ones', () => {
    const mine: ShowRecord = { guideId: 'g', at: T, tab: 'b' };
    const earlier: ShowRecord = { guideId: 'g', at: T - 1, tab: 'a' };
    expect(claimShowing(mine, [earlier, mine], { max: 2 })).toBe(true);
    expect(claimShowing(mine, [earlier, mine], { max: 1 })).toBe(false);
    expect(claimShowing(mine, [{ ...earlier, outcome: 'yielded' }, mine])).toBe(true);
    expect(claimShowing(mine, [{ ...earlier, guideId: 'other' }, mine])).toBe(true);
  });
});
