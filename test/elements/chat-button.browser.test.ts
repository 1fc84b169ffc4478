import axe from 'axe-core';
import { atom } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { WaymarkContext } from '../../src/core/waymark-context.js';
import { WmChatButton, type ChatButtonView } from '../../src/elements/chat-button.js';
import { defineElements } from '../../src/elements/define.js';
import { provideContext } from '../../src/elements/request-context.js';

defineElements(undefined, { 'wm-chat-button': WmChatButton });

const views: ChatButtonView[] = [
  { state: 'online', label: 'Chat with us' },
  { state: 'offline', label: 'Leave a message', status: 'Back Monday 09:00' },
  { state: 'loading', label: 'Chat with us' },
  { state: 'unavailable', label: 'Email us', href: 'mailto:help@acme.test' },
];

describe('<wm-chat-button> in Chromium', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((c) => c());
    document.body.replaceChildren();
  });

  for (const view of views)
    for (const theme of ['light', 'dark'])
      it(`has no axe violations: ${view.state}, ${theme}`, async () => {
        const el = Object.assign(document.createElement('wm-chat-button'), view);
        el.setAttribute('theme', theme);
        document.body.style.background = theme == 'dark' ? '#0d1117' : '#fff';
        document.body.append(el);
        await el.updateComplete;
        const results = await axe.run(el);
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join()}`)).toEqual([]);
      });

  it('is reached with Tab and pressed with Enter or Space', async () => {
    const run = vi.fn(() => true);
    cleanups.push(
      provideContext(document, { run } as unknown as WaymarkContext, {
        chat: atom<ChatButtonView>({ state: 'online', label: 'Chat with us' }),
      }),
    );
    document.body.innerHTML = '<button>Before</button>';
    const el = document.body.appendChild(document.createElement('wm-chat-button'));
    await el.updateComplete;
    (document.body.firstElementChild as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement?.textContent).toBe('Chat with us');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(run).toHaveBeenCalledTimes(2);
    expect(run).toHaveBeenCalledWith({ action: 'escalate', reason: 'button' }, { source: 'button' });
  });

  it('announces the status through the button description', async () => {
    const el = Object.assign(document.createElement('wm-chat-button'), views[1]);
    document.body.append(el);
    await expect
      .element(page.getByRole('button', { name: 'Leave a message' }))
      .toHaveAccessibleDescription('Back Monday 09:00');
  });

  it('floats in the corner as a launcher', async () => {
    const el = Object.assign(document.createElement('wm-chat-button'), views[0], { launcher: 'bottom-right' });
    document.body.append(el);
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    expect(getComputedStyle(el).position).toBe('fixed');
    expect(Math.round(innerWidth - box.right)).toBe(16);
    expect(Math.round(innerHeight - box.bottom)).toBe(16);
  });
});
