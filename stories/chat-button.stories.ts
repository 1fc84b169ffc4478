import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { WmChatButton, type ChatButtonState } from '../src/elements/chat-button.js';
import { defineElements } from '../src/elements/define.js';

// The chat feature registers the element when a guide has a `chat` section; stories register it themselves.
defineElements(undefined, { 'wm-chat-button': WmChatButton });

type Args = {
  state: ChatButtonState;
  label: string;
  status: string;
  href: string;
  launcher: '' | 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
  theme: '' | 'light' | 'dark';
};

const meta: Meta<Args> = {
  title: 'Elements/wm-chat-button',
  component: 'wm-chat-button',
  args: { state: 'online', label: 'Chat with us', status: '', href: '', launcher: '', theme: '' },
  argTypes: {
    state: { control: 'inline-radio', options: ['online', 'offline', 'loading', 'unavailable'] },
    launcher: { control: 'select', options: ['', 'bottom-right', 'bottom-left', 'top-right', 'top-left'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (a) => html`<div style="padding:24px;font-family:system-ui">
    <p>Questions about your setup?</p>
    <wm-chat-button
      .state=${a.state}
      .label=${a.label}
      .status=${a.status}
      .href=${a.href}
      launcher=${a.launcher || nothing}
      theme=${a.theme || nothing}
    ></wm-chat-button>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;
/** A human can answer now. */
export const Online: Story = {};
/** Outside business hours: the status (tied to the button with `aria-describedby`) says when the team is back. */
export const Offline: Story = { args: { state: 'offline', label: 'Leave a message', status: 'Back Monday 09:00' } };
/** The chat widget is not on the page yet (`aria-busy`). */
export const Loading: Story = { args: { state: 'loading' } };
/** No chat widget: the fallback link. Without a fallback the element hides itself. */
export const NoProvider: Story = { args: { state: 'unavailable', label: 'Email us', href: 'mailto:help@acme.test' } };
/** No chat widget and no fallback: nothing shows. */
export const NoProviderHidden: Story = { args: { state: 'unavailable' } };
/** The floating launcher (`chat.launcher` in the guide). */
export const Launcher: Story = {
  args: { launcher: 'bottom-right', state: 'offline', label: 'Leave a message', status: 'Back Monday 09:00' },
};
export const Dark: Story = {
  args: { theme: 'dark', state: 'offline', label: 'Leave a message', status: 'Back Monday 09:00' },
};
