import type { ChatWindow } from '../../../../src/core/chat/chat-adapter.js';
import { recorder, type FakeProvider } from './fake-provider.js';

/**
 * Fake `window.Beacon` (developer.helpscout.com/beacon-2/web/javascript-api): `Beacon('open')`,
 * `Beacon('prefill', { subject, text })`, `Beacon('session-data', { label: value })`,
 * `Beacon('navigate', '/ask/message/')`. The embed snippet defines it as a queueing stub before load.
 */
export function fakeHelpScout(): FakeProvider {
  const r = recorder();
  return { calls: r.calls, breakIt: r.breakIt, install: (win: ChatWindow) => void (win.Beacon = r.fn) };
}
