import type { ChatWindow } from '../../../../src/core/chat/chat-adapter.js';
import { recorder, type FakeProvider } from './fake-provider.js';

/**
 * Fake `window.zE`, the messaging Web Widget API (developer.zendesk.com/api-reference/widget-messaging/web/core):
 * `zE('messenger', 'open' | 'show')`, `zE('messenger:set', 'conversationFields', [{ id, value }])`,
 * `zE('messenger:set', 'conversationTags', [tag, ...])`. It exists once the widget script has loaded.
 */
export function fakeZendesk(): FakeProvider {
  const r = recorder();
  return { calls: r.calls, breakIt: r.breakIt, install: (win: ChatWindow) => void (win.zE = r.fn) };
}
