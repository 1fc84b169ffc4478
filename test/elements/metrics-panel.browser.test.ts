import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/analytics/metrics.js';
import { defineElements } from '../../src/elements/define.js';
import { WmMetricsPanel } from '../../src/elements/metrics-panel.js';

afterEach(() => void (document.body.innerHTML = ''));

describe('<wm-metrics-panel> in Chromium', () => {
  it.each(['light', 'dark'])('has no axe violations (%s theme)', async (theme) => {
    defineElements(undefined, { 'wm-metrics-panel': WmMetricsPanel });
    const el = document.createElement('wm-metrics-panel');
    el.setAttribute('theme', theme);
    const events: { type: string; timestamp: number; [k: string]: unknown }[] = [
      { type: 'tour:started', timestamp: 0, tourId: 'intro', stepId: 'a', stepIndex: 0 },
      { type: 'step:shown', timestamp: 0, tourId: 'intro', stepId: 'a', stepIndex: 0 },
      { type: 'tour:dismissed', timestamp: 900, tourId: 'intro', stepId: 'a', stepIndex: 0 },
      { type: 'checklist:completed', timestamp: 1000, checklistId: 'setup' },
      { type: 'guide:suppressed', timestamp: 1000, guideId: 'g', reason: 'quiet-period' },
    ];
    el.metrics = computeMetrics(events, { tours: [{ id: 'intro', steps: [{ id: 'a' }, { id: 'b' }] }] });
    document.body.append(el);
    await el.updateComplete;
    const results = await axe.run(el);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
