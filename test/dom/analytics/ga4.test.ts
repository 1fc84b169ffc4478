import { describe, expect, it, vi } from 'vitest';
import { ga4Sink } from '../../../src/dom/analytics/ga4.js';
import { completed, props } from './fixtures.js';

const GA_NAME = /^[A-Za-z]\w{0,39}$/;

describe('ga4Sink', () => {
  it("calls gtag('event', snake_case_name, params)", () => {
    const gtag = vi.fn();
    ga4Sink({ win: { gtag } })(completed());
    ga4Sink({ win: { gtag }, prefix: 'waymark_' })({
      type: 'checklist:item-completed',
      timestamp: 1,
      checklistId: 'c',
      itemId: 'i',
    });
    expect(gtag.mock.calls).toEqual([
      ['event', 'tour_completed', props()],
      ['event', 'waymark_checklist_item_completed', { timestamp: 1, checklist_id: 'c', item_id: 'i' }],
    ]);
  });

  it('makes names fit GA4 rules: letters, digits, underscores, a leading letter, at most 40 characters', () => {
    const gtag = vi.fn();
    const sink = ga4Sink({ win: { gtag }, name: (e) => String(e.label) });
    for (const label of ['2fa:prompt shown', 'a very long custom event name: with punctuation & spaces!', 'ok'])
      sink({ type: 'x', timestamp: 1, label });
    const names = gtag.mock.calls.map(([, n]) => n);
    expect(names).toEqual(['w_2fa_prompt_shown', 'a_very_long_custom_event_name_with_punct', 'ok']);
    expect(names.every((n) => GA_NAME.test(n))).toBe(true);
  });

  it('sends at most 25 params, with valid names and string values of at most 100 characters', () => {
    const gtag = vi.fn();
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`p${i}`, i]));
    ga4Sink({ win: { gtag } })({
      type: 'tour:started',
      timestamp: 1,
      note: 'x'.repeat(150),
      '1st-choice': true,
      ...many,
    });
    const params = gtag.mock.calls[0][2] as Record<string, unknown>;
    expect(Object.keys(params)).toHaveLength(25);
    expect(Object.keys(params).every((k) => GA_NAME.test(k))).toBe(true);
    expect(params.note).toBe('x'.repeat(100));
    expect(params.w_1st_choice).toBe(true);
  });

  it('waits for gtag to be defined, keeping a bounded queue', () => {
    const win: { gtag?: unknown } = {};
    const sink = ga4Sink({ win, limit: 1 });
    sink(completed(1));
    sink(completed(2));
    win.gtag = 'not yet a function';
    sink(completed(3));
    const gtag = vi.fn();
    win.gtag = gtag;
    sink(completed(4));
    expect(gtag.mock.calls.map(([, , p]) => p.timestamp)).toEqual([3, 4]);
  });
});
