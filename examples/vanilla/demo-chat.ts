import type { ChatPayload } from '../../src/core/chat/chat-adapter.js';
import type { Waymark } from '../../src/create-waymark.js';

/**
 * The demo's stand-in for a live chat (the guide's `"provider": "custom"`): a small panel showing what the
 * support agent would receive: the prefilled message and the context fields. A real app passes its own chat here.
 */
export function openDemoChat({ message, fields }: ChatPayload): void {
  const panel = document.createElement('dialog');
  panel.setAttribute('aria-labelledby', 'demo-chat-title');
  panel.style.cssText =
    'width:min(26rem,calc(100vw - 32px));margin:auto 16px 16px auto;border:1px solid #ccc;border-radius:12px;padding:16px;font:14px/1.5 system-ui';
  panel.innerHTML = `<h2 id="demo-chat-title" style="margin:0 0 8px;font-size:16px">Acme support (demo chat)</h2>
    <label for="demo-chat-message">Your message</label>
    <textarea id="demo-chat-message" rows="3" style="display:block;width:100%;box-sizing:border-box;margin:4px 0 8px"></textarea>
    <p style="margin:0 0 4px">What the agent sees with it:</p>
    <dl style="display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0 0 12px;font-size:13px"></dl>
    <form method="dialog" style="display:flex;justify-content:flex-end;gap:8px"><button>Close</button><button class="primary">Send</button></form>`;
  panel.querySelector('textarea')!.value = message;
  for (const [key, value] of Object.entries(fields)) {
    const [dt, dd] = [document.createElement('dt'), document.createElement('dd')];
    dt.textContent = key;
    dd.textContent = String(value);
    dd.style.margin = '0';
    panel.querySelector('dl')!.append(dt, dd);
  }
  panel.addEventListener('close', () => panel.remove());
  document.body.append(panel);
  panel.showModal();
}

/** Puts a chat button in the header; it finds the Waymark instance itself and follows the guide's `chat` section. */
export default function demoChat(_waymark: Waymark): void {
  const button = document.createElement('wm-chat-button');
  button.style.cssText = 'flex-direction:row;align-items:center';
  document.querySelector('.topbar #restart-tour')?.after(button);
}
