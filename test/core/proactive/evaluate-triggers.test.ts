import { describe, expect, it } from 'vitest';
import { evaluateTriggers } from '../../../src/core/proactive/evaluate-triggers.js';
import { fakeContext, T0 } from '../conditions/fake-context.js';

describe('evaluateTriggers', () => {
  const ctx = fakeContext({
    now: T0 + 5000,
    page: { path: '/billing/invoices', loadedAt: T0, visits: () => 1 },
    user: { traits: { plan: 'pro' } },
  });

  it('lists the guides whose audience and trigger hold, and the earliest re-check', () => {
    const r = evaluateTriggers(
      [
        { id: 'no-trigger' },
        { id: 'billing', trigger: { page: '/billing/**' } },
        { id: 'wrong-audience', trigger: { page: '/billing/**' }, audience: { user: 'plan', eq: 'free' } },
        { id: 'pro-billing', trigger: { page: '/billing/**' }, audience: { user: 'plan', in: ['pro'] } },
        { id: 'later', trigger: { all: [{ page: '/billing/**' }, { delay: 'PT30S' }] } },
        { id: 'broken', trigger: { bogus: 1 } },
      ],
      ctx,
    );
    expect(r).toEqual({ due: ['billing', 'pro-billing'], recheckAt: T0 + 30_000 });
  });

  it('takes re-check times from audiences that do not hold yet', () => {
    const r = evaluateTriggers(
      [{ id: 'g', trigger: { page: '/**' }, audience: { signedUp: { olderThan: 'P1D' } } }],
      fakeContext({ now: T0, user: { traits: { signedUpAt: T0 - 1000 } } }),
    );
    expect(r).toEqual({ due: [], recheckAt: T0 - 1000 + 864e5 });
  });

  it('handles two hundred guides in one pass', () => {
    const guides = Array.from({ length: 200 }, (_, i) => ({
      id: `g${i}`,
      trigger: { any: [{ page: `/section-${i}/**` }, { event: `e${i}`, count: 2, within: 'P7D' }] },
      audience: { segment: i % 2 ? 'pro' : 'free' },
    }));
    const c = {
      ...ctx,
      page: { ...ctx.page, path: '/section-7/x' },
      segments: { pro: { user: 'plan', eq: 'pro' }, free: { user: 'plan', eq: 'free' } },
    };
    expect(evaluateTriggers(guides, c).due).toEqual(['g7']);
  });
});
