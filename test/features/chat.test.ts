import { within } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatPayload } from '../../src/core/chat/chat-adapter.js';
import type { WaymarkEvent } from '../../src/core/events.js';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import type { WmChatButton } from '../../src/elements/chat-button.js';
import chatDefault, { chatPlugin, escalate, type ChatOptions } from '../../src/features/chat.js';
import { fakeIntercom } from '../dom/chat/fakes/intercom.js';

// Saturday 2026-03-14 12:00 in Berlin (UTC+1) and Monday 2026-03-16 10:00 in Berlin.
const SATURDAY = Date.UTC(2026, 2, 14, 11);
const MONDAY = Date.UTC(2026, 2, 16, 9);
const hours = { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:30']], tue: [['09:00', '17:30']] } };

const tours = [
  {
    id: 'welcome',
    title: 'Welcome',
    steps: [
      { id: 'hello', title: 'Hello', buttons: [{ label: 'Ask a human', action: 'escalate', reason: 'billing' }] },
      { id: 'invite', title: 'Invite teammates' },
      { id: 'create', title: 'Create a project', target: '#create', advanceOn: 'click' },
    ],
  },
];

let waymark: Waymark | undefined;
let events: WaymarkEvent[] = [];
let opened: ChatPayload[] = [];
const custom = (payload: ChatPayload) => void opened.push(payload);

const make = (
  chat: unknown,
  options: ChatOptions = { custom },
  now = () => MONDAY,
  labels?: Record<string, string>,
) => {
  waymark = createWaymark({
    guides: { schemaVersion: 1, tours, chat },
    storage: 'memory',
    now,
    plugins: [chatPlugin(options)],
    onEvent: (e) => events.push(e),
    labels,
  });
  return waymark;
};
const of = <T extends WaymarkEvent['type']>(type: T) =>
  events.filter((e): e is Extract<WaymarkEvent, { type: T }> => e.type == type);
const settle = () => vi.advanceTimersByTimeAsync(0);
const stepButtons = () => {
  const popover = document.querySelector('wm-tour')!.shadowRoot!.querySelector('wm-popover')!;
  return within(popover.shadowRoot as unknown as HTMLElement);
};

// The feature loads provider adapters, business hours, stuck detection and the message builder on demand: have
// their modules ready so that loading them takes a few microtasks, as from a warm cache.
beforeAll(() =>
  Promise.all(
    ['intercom', 'crisp', 'zendesk', 'hubspot', 'helpscout', 'mailto', 'url', 'offer-help']
      .map((m) => import(`../../src/dom/chat/${m}.ts`))
      .concat(
        ['business-hours', 'render-template', 'escalation-context'].map((m) => import(`../../src/core/chat/${m}.ts`)),
      ),
  ),
);
beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  opened = [];
  document.body.innerHTML = '<button id="create">Create</button><p id="elsewhere">Elsewhere</p>';
});
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('chat feature: the escalate action', () => {
  it('opens the custom provider with the context of the current step', async () => {
    const w = make({
      provider: 'custom',
      message: 'Stuck on {{step.title}} ({{step.number}}/{{step.count}}) because {{reason}}',
    });
    w.start('welcome', { stepId: 'invite' });
    expect(escalate(w.context, { reason: 'api-call' })).toBe(true);
    await settle();
    expect(opened).toHaveLength(1);
    expect(opened[0]!.message).toBe('Stuck on Invite teammates (2/3) because api-call');
    expect(opened[0]!.fields).toMatchObject({
      waymark_tour: 'welcome',
      waymark_step: 'invite',
      waymark_reason: 'api-call',
      waymark_page: location.href.split(/[?#]/)[0],
    });
    expect(of('chat:opened')).toEqual([
      expect.objectContaining({
        provider: 'custom',
        reason: 'api-call',
        tourId: 'welcome',
        stepId: 'invite',
        offline: false,
        timestamp: MONDAY,
      }),
    ]);
    // The in-page chat gets the focus: the tour ends.
    expect(w.$active.get()).toBeNull();
  });

  it('opens from a tour step button with the button reason', async () => {
    const w = make({ provider: 'custom' });
    w.start('welcome');
    await settle();
    stepButtons().getByRole('button', { name: 'Ask a human' }).click();
    await settle();
    expect(of('chat:opened')[0]).toMatchObject({ reason: 'billing', tourId: 'welcome', stepId: 'hello' });
    expect(opened[0]!.message).toContain('Hello');
  });

  it('sends the triggers that fired, the user and listed traits only as configured', async () => {
    const w = make({ provider: 'custom', context: { traits: ['plan'], page: false } });
    await w.identify('u_1', { plan: 'pro', email: 'secret@example.com' });
    for (const guideId of ['a', 'b', 'c', 'd', 'e', 'f'])
      w.context.events.emit('trigger:fired', { guideId, kind: 'tour', timestamp: 1 });
    escalate(w.context);
    await settle();
    expect(opened[0]!.fields).toEqual({
      waymark_triggers: 'b, c, d, e, f',
      waymark_user: 'u_1',
      waymark_user_plan: 'pro',
      waymark_reason: 'api',
    });
    expect(JSON.stringify(opened[0])).not.toContain('secret');
  });

  it('waits for a widget that loads late', async () => {
    const win: Record<string, unknown> = {};
    const intercom = fakeIntercom();
    const w = make({ provider: 'intercom', waitTimeout: 3000 }, { win });
    setTimeout(() => intercom.install(win), 1000);
    escalate(w.context, { reason: 'late' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(intercom.calls.map((c) => c[0])).toEqual(['update', 'showNewMessage']);
    expect(of('chat:opened')[0]).toMatchObject({ provider: 'intercom', reason: 'late', offline: false });
  });

  it('reports the provider auto-detection found', async () => {
    const win: Record<string, unknown> = {};
    fakeIntercom().install(win);
    const w = make({}, { win });
    escalate(w.context);
    await settle();
    expect(of('chat:opened')[0]).toMatchObject({ provider: 'intercom' });
  });

  it('reports a widget that never loads, without waiting again next time', async () => {
    const w = make({ provider: 'auto', waitTimeout: 2000 }, { win: {} });
    escalate(w.context, { reason: 'first' });
    await vi.advanceTimersByTimeAsync(1999);
    expect(of('chat:unavailable')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    escalate(w.context, { reason: 'second' });
    await settle();
    expect(of('chat:unavailable').map((e) => [e.reason, e.why])).toEqual([
      ['first', 'not-loaded'],
      ['second', 'not-loaded'],
    ]);
  });

  it('reports no provider, or uses the e-mail fallback when there is one', async () => {
    make({ provider: 'custom' }, {}); // no handler registered
    escalate(waymark!.context);
    await settle();
    expect(of('chat:unavailable')[0]).toMatchObject({ why: 'no-provider' });
    waymark!.destroy();

    const navigate = vi.fn();
    make(
      { provider: 'custom', subject: 'Help with {{tour.title}}', offline: { mode: 'email', email: 'help@acme.test' } },
      { navigate },
    );
    waymark!.start('welcome');
    escalate(waymark!.context);
    await settle();
    expect(navigate).toHaveBeenCalledExactlyOnceWith(
      expect.stringMatching(/^mailto:help@acme\.test\?subject=Help%20with%20Welcome&body=/),
    );
    expect(of('chat:opened')[0]).toMatchObject({ provider: 'mailto', offline: true });
    // E-mail does not take the focus: the tour stays.
    expect(waymark!.$active.get()).not.toBeNull();
  });

  it('fails softly when the provider refuses', async () => {
    const w = make({ provider: 'custom' }, { custom: () => false });
    escalate(w.context);
    await settle();
    expect(of('chat:unavailable')[0]).toMatchObject({ why: 'failed' });
  });

  it('never throws on a broken chat section', async () => {
    for (const chat of ['nonsense', { provider: 5, hours: 'x', offline: null, context: 3, stuck: 'y' }]) {
      const w = make(chat);
      expect(() => escalate(w.context)).not.toThrow();
      await vi.advanceTimersByTimeAsync(6000);
      w.destroy();
    }
    expect(of('chat:unavailable')).toHaveLength(2);
  });

  it('serves one instance once even when loaded twice', async () => {
    const w = createWaymark({
      guides: { schemaVersion: 1, chat: { provider: 'custom' } },
      storage: 'memory',
      plugins: [chatPlugin({ custom }), chatDefault],
      onEvent: (e) => events.push(e),
    });
    waymark = w;
    escalate(w.context);
    await settle();
    expect(of('chat:opened')).toHaveLength(1);
  });
});

describe('chat feature: business hours', () => {
  it('leaves a message after hours when the provider takes offline messages', async () => {
    const w = make({ provider: 'custom', hours }, { custom }, () => SATURDAY);
    escalate(w.context);
    await settle();
    expect(of('chat:opened')[0]).toMatchObject({ provider: 'custom', offline: true });
  });

  it('opens the URL fallback after hours', async () => {
    const open = vi.fn(() => ({}));
    const w = make(
      { provider: 'custom', hours, offline: { mode: 'url', url: 'https://help.acme.test/contact' } },
      { custom, win: { open, location } },
      () => SATURDAY,
    );
    escalate(w.context);
    await settle();
    expect(open).toHaveBeenCalledWith('https://help.acme.test/contact', '_blank');
    expect(opened).toEqual([]);
    expect(of('chat:opened')[0]).toMatchObject({ provider: 'url', offline: true });
  });

  it('reports closed with mode "hide", or when the widget for a message is not there', async () => {
    make({ provider: 'custom', hours, offline: { mode: 'hide' } }, { custom }, () => SATURDAY);
    escalate(waymark!.context);
    await settle();
    waymark!.destroy();
    make({ provider: 'hubspot', hours }, { win: {} }, () => SATURDAY);
    escalate(waymark!.context);
    await vi.advanceTimersByTimeAsync(5000);
    expect(of('chat:unavailable').map((e) => e.why)).toEqual(['closed', 'closed']);
    expect(opened).toEqual([]);
  });
});

describe('chat feature: stuck detection', () => {
  const help = () => stepButtons().queryByRole('button', { name: 'Still stuck? Chat with us' });

  it('offers help in the step after `after`, and the help button opens the chat', async () => {
    const w = make({ provider: 'custom', stuck: { after: 'PT45S' } });
    w.start('welcome', { stepId: 'invite' });
    await vi.advanceTimersByTimeAsync(44_000);
    expect(help()).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(w.context.$help.get()).toEqual({ label: 'Still stuck? Chat with us', reason: 'stuck-time' });
    expect(of('chat:offered')).toEqual([
      expect.objectContaining({ reason: 'stuck-time', tourId: 'welcome', stepId: 'invite' }),
    ]);
    help()!.click();
    await settle();
    expect(of('chat:opened')[0]).toMatchObject({ reason: 'stuck-time', stepId: 'invite' });
  });

  it('clears the offer on step change and uses the guide label', async () => {
    const w = make({ provider: 'custom', stuck: { after: 'PT10S', label: 'Need a hand?' } });
    w.start('welcome', { stepId: 'invite' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stepButtons().getByRole('button', { name: 'Need a hand?' })).toBeTruthy();
    w.back();
    await settle();
    expect(w.context.$help.get()).toBeNull();
    expect(stepButtons().queryByRole('button', { name: 'Need a hand?' })).toBeNull();
  });

  it('counts clicks that miss the target of a click-to-advance step', async () => {
    const w = make({ provider: 'custom', stuck: { failedAdvance: 2 } });
    w.start('welcome', { stepId: 'create' });
    await settle();
    document.getElementById('elsewhere')!.click();
    expect(w.context.$help.get()).toBeNull();
    document.getElementById('elsewhere')!.click();
    expect(w.context.$help.get()).toMatchObject({ reason: 'failed-advance' });
  });

  it('offers help when the same step is shown again and again', async () => {
    const w = make({ provider: 'custom', stuck: { reopened: 2 } });
    await settle(); // stuck detection loads with the guide's `chat.stuck`
    w.start('welcome');
    w.next();
    w.back();
    w.next();
    w.back();
    expect(of('chat:offered').map((e) => [e.reason, e.stepId])).toEqual([['reopened', 'hello']]);
  });

  it('counts returns within one run of a tour: one look back is not stuck, and a restart starts the count again', async () => {
    const w = make({ provider: 'custom', stuck: { reopened: 2 } });
    await settle();
    w.start('welcome');
    w.next();
    w.back(); // one return to hello
    w.start('welcome'); // a new run: hello again, but not a return
    w.next();
    w.back(); // one return in this run
    expect(of('chat:offered')).toEqual([]);
  });

  it('does not offer a chat nobody can answer', async () => {
    const w = make(
      { provider: 'custom', hours, offline: { mode: 'hide' }, stuck: { after: 'PT1S' } },
      { custom },
      () => SATURDAY,
    );
    w.start('welcome');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(w.context.$help.get()).toBeNull();
    expect(of('chat:offered')).toEqual([]);
  });
});

describe('chat feature: buttons and cleanup', () => {
  const button = () => document.querySelector('wm-chat-button') as WmChatButton;
  const place = async () => {
    document.body.append(document.createElement('wm-chat-button'));
    await settle();
    return button();
  };

  it('tells a button placed before the instance starts what to show, and escalates from it', async () => {
    document.body.append(document.createElement('wm-chat-button'));
    const w = make({ provider: 'custom', label: 'Talk to us' });
    await settle();
    const el = button();
    expect(el.state).toBe('online');
    const inner = within(el.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Talk to us' });
    inner.click();
    await settle();
    expect(of('chat:opened')[0]).toMatchObject({ reason: 'button' });
    w.destroy();
    await settle();
    expect(el.hidden).toBe(true);
  });

  it('shows loading while the widget is missing, then the fallback link', async () => {
    make({ provider: 'intercom', waitTimeout: 1000, offline: { mode: 'email', email: 'help@acme.test' } }, { win: {} });
    const el = await place();
    expect(el.state).toBe('loading');
    await vi.advanceTimersByTimeAsync(1000);
    expect(el.state).toBe('unavailable');
    expect(el.href).toBe('mailto:help@acme.test');
  });

  it('says when the team is back outside hours', async () => {
    make({ provider: 'custom', hours, offline: { text: 'Back on {{hours.next}}' } }, { custom }, () => SATURDAY);
    const el = await place();
    expect(el.state).toBe('offline');
    expect(el.status).toMatch(/^Back on Monday/);
  });

  it('adds a floating launcher and removes everything on destroy', async () => {
    const w = make({ provider: 'custom', launcher: 'bottom-right', stuck: { after: 'PT1M' } });
    w.start('welcome');
    await settle();
    expect(button().launcher).toBe('bottom-right');
    w.destroy();
    waymark = undefined;
    expect(document.querySelector('wm-chat-button')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    const detail: Record<string, unknown> = {};
    document.dispatchEvent(new CustomEvent('wm-context-request', { detail }));
    expect(detail).toEqual({});
  });

  it("shows the app's words; the guide's own fields win over them", async () => {
    const labels = {
      'chat.label': 'Mit uns chatten',
      'chat.stuck': 'Hängen Sie fest?',
      'chat.offline': 'Wieder da: {{hours.next}}',
      'chat.loading': 'Verbinde…',
    };
    const w = make({ provider: 'custom', stuck: { after: 'PT1S' } }, { custom }, () => MONDAY, labels);
    const el = await place();
    within(el.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Mit uns chatten' });
    w.start('welcome');
    await vi.advanceTimersByTimeAsync(1_000);
    stepButtons().getByRole('button', { name: 'Hängen Sie fest?' });
    w.destroy();

    make({ provider: 'custom', hours }, { custom }, () => SATURDAY, labels);
    await settle();
    expect(button().status).toMatch(/^Wieder da: Monday/);
    waymark!.destroy();
    make(
      { provider: 'intercom', label: 'Talk to us', hours, offline: { text: 'Back {{hours.next}}' } },
      { win: {} },
      () => MONDAY,
      labels,
    );
    await settle();
    const busy = within(button().shadowRoot as unknown as HTMLElement).getByRole('button', {
      name: 'Talk to us',
      description: 'Verbinde…',
    });
    expect(busy.getAttribute('aria-busy')).toBe('true');
  });
});
