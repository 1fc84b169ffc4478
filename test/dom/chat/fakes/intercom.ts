import type { ChatWindow } from '../../../../src/core/chat/chat-adapter.js';
import { recorder, type FakeProvider } from './fake-provider.js';

/**
 * Fake `window.Intercom` (developers.intercom.com/installing-intercom/web/methods): a function taking
 * a method name and its arguments: `Intercom('update', attrs)`, `Intercom('showNewMessage', text)`,
 * `Intercom('show')`. Like the install snippet's stub, calls made before boot are accepted (queued).
 */
export function fakeIntercom(): FakeProvider {
  const r = recorder();
  return { calls: r.calls, breakIt: r.breakIt, install: (win: ChatWindow) => void (win.Intercom = r.fn) };
}
