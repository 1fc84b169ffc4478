/**
 * `waymark/chat`: escalation to the team's live chat (Intercom, Crisp, Zendesk, HubSpot, Help Scout, custom,
 * mailto, URL) with what the user was doing. `createWaymark` loads it by itself when the guide has a `chat`
 * section; import from here to configure adapters directly or place `<wm-chat-button>` before that.
 * @packageDocumentation
 */
export { chatPlugin, escalate, type ChatOptions } from '../features/chat.js';
export { createChatAdapter, type CreateChatAdapterOptions } from '../dom/chat/create-chat-adapter.js';
export { detectProvider } from '../dom/chat/detect-provider.js';
export { WmChatButton, type ChatButtonState, type ChatButtonView } from '../elements/chat-button.js';
