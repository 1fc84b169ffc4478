import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { computeMetrics, type Metrics } from '../src/core/analytics/metrics.js';
import { defineElements } from '../src/elements/define.js';
import { WmMetricsPanel, type MetricsLabels } from '../src/elements/metrics-panel.js';

defineElements(undefined, { 'wm-metrics-panel': WmMetricsPanel });

type Args = { heading: string; theme: '' | 'light' | 'dark'; metrics: Metrics | null; labels?: Partial<MetricsLabels> };

// A small, made-up stream: 20 users start the tour, fewer reach each step, some ask for help.
const events: { type: string; timestamp: number; [k: string]: unknown }[] = [];
const steps = ['welcome', 'create', 'invite', 'done'];
for (let u = 0; u < 20; u++) {
  const base = { userId: `u${u}`, tourId: 'welcome' };
  let t = u * 1e6;
  events.push({ type: 'tour:started', timestamp: t, ...base, stepId: 'welcome', stepIndex: 0 });
  const stop = u % 4 == 0 ? 1 : u % 5 == 0 ? 2 : 4;
  for (let i = 0; i < stop && i < steps.length; i++) {
    events.push({ type: 'step:shown', timestamp: (t += 1000), ...base, stepId: steps[i], stepIndex: i });
    t += 2000 + i * 1500;
    if (i < stop - 1 || stop == 4)
      events.push({ type: 'step:completed', timestamp: t, ...base, stepId: steps[i], stepIndex: i });
  }
  events.push({
    type: stop == 4 ? 'tour:completed' : 'tour:dismissed',
    timestamp: t,
    ...base,
    stepId: steps[stop - 1],
    stepIndex: stop - 1,
  });
  if (u % 3 == 0) events.push({ type: 'chat:offered', timestamp: t + 10, userId: base.userId, reason: 'rage-clicks' });
  if (u % 6 == 0)
    events.push({
      type: 'chat:opened',
      timestamp: t + 20,
      userId: base.userId,
      reason: 'rage-clicks',
      provider: 'intercom',
    });
  if (u % 2 == 0)
    events.push({ type: 'trigger:fired', timestamp: t + 30, userId: base.userId, guideId: 'billing-walkthrough' });
  if (u % 5 == 1)
    events.push({
      type: 'guide:suppressed',
      timestamp: t + 40,
      userId: base.userId,
      guideId: 'billing-walkthrough',
      reason: 'quiet-period',
    });
  events.push({
    type: 'checklist:item-completed',
    timestamp: t + 50,
    userId: base.userId,
    checklistId: 'setup',
    itemId: 'profile',
  });
  if (u % 2) events.push({ type: 'checklist:completed', timestamp: t + 60, userId: base.userId, checklistId: 'setup' });
}
const sample = computeMetrics(events, { tours: [{ id: 'welcome', steps: steps.map((id) => ({ id })) }] });

const meta: Meta<Args> = {
  title: 'Elements/wm-metrics-panel',
  component: 'wm-metrics-panel',
  args: { heading: 'Onboarding metrics', theme: '', metrics: sample },
  argTypes: { theme: { control: 'select', options: ['', 'light', 'dark'] }, metrics: { control: false } },
  render: ({ heading, theme, metrics, labels }) =>
    html`<div style="max-width:40rem;padding:16px"><wm-metrics-panel .heading=${heading} .metrics=${metrics} .labels=${labels ?? {}} theme=${theme || 'light'}></wm-metrics-panel></div>`,
};
export default meta;

export const Default: StoryObj<Args> = {};
export const Dark: StoryObj<Args> = { args: { theme: 'dark' } };
export const Empty: StoryObj<Args> = { args: { metrics: null } };
/** The app's words through `labels` (from `metricsLabels(waymark.context)` in an app). */
export const Localised: StoryObj<Args> = {
  args: {
    heading: '',
    labels: {
      heading: 'Onboarding-Kennzahlen',
      tour: 'Tour {id}',
      started: 'Gestartet',
      completed: 'Abgeschlossen',
      dismissed: 'Abgebrochen',
      completion: 'Abschlussquote',
      steps: 'Schritte von {id}',
      step: 'Schritt',
      reached: 'Erreicht',
      leftHere: 'Hier verlassen',
      dropOff: 'Absprung',
      medianTime: 'Mediane Zeit',
      checklists: 'Checklisten',
      checklist: 'Checkliste',
      itemsCompleted: 'Erledigte Punkte',
      help: 'Hilfe und Entlastung',
      helpOffered: 'Hilfe angeboten',
      chatOpened: 'Chat geöffnet',
      deflection: 'Entlastung',
      triggers: 'Proaktive Auslöser',
      fired: 'Ausgelöst',
      heldBack: 'Zurückgehalten: {reason}',
    },
  },
};
