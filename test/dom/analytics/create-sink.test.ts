import { describe, expect, it } from 'vitest';
import { createSink, titleCase } from '../../../src/dom/analytics/create-sink.js';
import { segmentSink } from '../../../src/dom/analytics/segment.js';
import { posthogSink } from '../../../src/dom/analytics/posthog.js';
import { ga4Sink } from '../../../src/dom/analytics/ga4.js';
import { amplitudeSink } from '../../../src/dom/analytics/amplitude.js';
import { callbackSink } from '../../../src/dom/analytics/callback.js';
import { completed } from './fixtures.js';

describe('analytics adapters', () => {
  it('never throw into the app, whatever the vendor global or naming does', () => {
    const boom = () => {
      throw new Error('vendor down');
    };
    const win = { analytics: { track: boom }, posthog: { capture: boom }, gtag: boom, amplitude: { track: boom } };
    const sinks = [
      segmentSink({ win }),
      posthogSink({ win }),
      ga4Sink({ win }),
      amplitudeSink({ win }),
      callbackSink(boom),
      segmentSink({ name: boom }),
    ];
    for (const sink of sinks) expect(() => sink(completed())).not.toThrow();
    expect(() => segmentSink({ win: { analytics: { track: 'nope' } } })(completed())).not.toThrow();
  });

  it('do not load vendor scripts or touch the page when the global is missing', () => {
    const before = document.head.innerHTML + document.body.innerHTML;
    for (const sink of [segmentSink(), posthogSink(), ga4Sink(), amplitudeSink()]) sink(completed());
    expect(document.head.innerHTML + document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('createSink builds a custom adapter with the same queueing', () => {
    const sent: string[] = [];
    const win: { ready?: boolean } = {};
    const sink = createSink((w) => w.ready && ((n) => sent.push(n)), titleCase, { win });
    sink(completed());
    expect(sent).toEqual([]);
    win.ready = true;
    sink({ type: 'step:shown', timestamp: 2 });
    expect(sent).toEqual(['Tour Completed', 'Step Shown']);
  });
});
