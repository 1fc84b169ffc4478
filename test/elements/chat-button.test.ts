import { within } from '@testing-library/dom';
import { atom } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WaymarkContext } from '../../src/core/waymark-context.js';
import { WmChatButton, type ChatButtonView } from '../../src/elements/chat-button.js';
import { defineElements } from '../../src/elements/define.js';
import { provideContext } from '../../src/elements/request-context.js';

defineElements(undefined, { 'wm-chat-button': WmChatButton });

const shadow = (el: HTMLElement) => within(el.shadowRoot as unknown as HTMLElement);
const place = async (props: Partial<WmChatButton> = {}) => {
  const el = Object.assign(document.createElement('wm-chat-button'), props);
  document.body.append(el);
  await el.updateComplete;
  return el;
};

describe('<wm-chat-button>', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((c) => c());
    document.body.replaceChildren();
  });

  it('is a busy button until a chat feature answers', async () => {
    const el = await place();
    const button = shadow(el).getByRole('button', { name: 'Chat with us' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(el.getAttribute('state')).toBe('loading');
  });

  it('is a plain button while online', async () => {
    const el = await place({ state: 'online', label: 'Talk to us' });
    const button = shadow(el).getByRole('button', { name: 'Talk to us' });
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(button.hasAttribute('aria-describedby')).toBe(false);
  });

  it('ties the offline status to the button', async () => {
    const el = await place({ state: 'offline', label: 'Leave a message', status: 'Back Monday 09:00' });
    const button = shadow(el).getByRole('button', { name: 'Leave a message' });
    const status = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!);
    expect(status?.textContent).toBe('Back Monday 09:00');
  });

  it('is a fallback link, or hidden, when no chat is available', async () => {
    const el = await place({ state: 'unavailable', label: 'Email us', href: 'mailto:help@acme.test' });
    expect(shadow(el).getByRole('link', { name: 'Email us' }).getAttribute('href')).toBe('mailto:help@acme.test');
    expect(el.hidden).toBe(false);
    el.href = '';
    await el.updateComplete;
    expect(el.hidden).toBe(true);
  });

  it('follows the state the chat feature publishes and escalates through the instance', async () => {
    const run = vi.fn(() => true);
    const $chat = atom<ChatButtonView>({ state: 'offline', label: 'Leave a message', status: 'Back soon' });
    const el = await place({ reason: 'header' });
    cleanups.push(provideContext(document, { run } as unknown as WaymarkContext, { chat: $chat }));
    await el.updateComplete;
    expect(el.state).toBe('offline');
    expect(el.status).toBe('Back soon');
    $chat.set({ state: 'online', label: 'Chat now' });
    await el.updateComplete;
    expect(el.status).toBe('');
    shadow(el).getByRole('button', { name: 'Chat now' }).click();
    expect(run).toHaveBeenCalledWith({ action: 'escalate', reason: 'header' }, { source: 'button' });
  });

  it('stops following the instance when removed', async () => {
    const $chat = atom<ChatButtonView>({ state: 'online', label: 'Chat' });
    cleanups.push(provideContext(document, {} as WaymarkContext, { chat: $chat }));
    const el = await place();
    expect(el.state).toBe('online');
    el.remove();
    $chat.set({ state: 'unavailable', label: 'Chat' });
    expect(el.state).toBe('online');
    expect($chat.lc).toBe(0);
  });
});
