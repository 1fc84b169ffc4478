// @vitest-environment node
import { afterEach, expect, it, vi } from 'vitest';
import { createWaymark } from '../../src/index.js';

// On the server (SSR, a Next.js server component importing a shared module) there is no page: createWaymark gives
// a quiet instance that draws nothing, loads no feature, logs nothing and throws nothing.

afterEach(() => vi.restoreAllMocks());

const guides = {
  schemaVersion: 1,
  tours: [{ id: 't', steps: [{ id: 's', title: 'S' }] }],
  checklists: [{ id: 'c', title: 'C', items: [{ id: 'i', title: 'I', completeWhen: { event: 'x' } }] }],
  hints: [{ id: 'h', target: '#x', title: 'H' }],
  announcements: [{ id: 'a', title: 'A' }],
  chat: { provider: 'custom', launcher: 'bottom-right' },
};

it('is a quiet instance on the server: no logs, no throw, every call answers', async () => {
  expect(typeof document).toBe('undefined');
  const logs = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
  const w = createWaymark({ guides, userId: 'u', debug: true, validate: true, analytics: {} });
  w.track('x');
  expect(w.start('t')).toBe(true);
  expect(w.escalate()).toBe(false);
  await w.identify('v', { plan: 'pro' });
  await w.ready;
  w.setGuides(guides);
  await new Promise((r) => setTimeout(r, 20));
  w.destroy();
  for (const log of logs) expect(log).not.toHaveBeenCalled();
});
