import { afterEach, describe, expect, it } from 'vitest';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import announcements from '../../src/features/announcements.js';
import checklists from '../../src/features/checklists.js';
import chat from '../../src/features/chat.js';

const guides = {
  schemaVersion: 1,
  tours: [{ id: 'welcome', steps: [{ id: 'a', title: 'Hi' }] }],
  announcements: [{ id: 'new', title: "What's new", style: 'slideout' }],
  checklists: [{ id: 'start', title: 'Getting started', items: [{ id: 'x', title: 'Do it', completeWhen: 'manual' }] }],
  chat: { provider: 'custom', launcher: 'bottom-left' },
};

let waymark: Waymark | undefined;
afterEach(() => {
  waymark?.destroy();
  waymark = undefined;
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('the container option', () => {
  it("mounts the tour and every feature's floating part in the app's container, and removes them on destroy", async () => {
    const container = document.body.appendChild(document.createElement('main'));
    waymark = createWaymark({
      guides,
      storage: 'memory',
      container,
      chat: { custom: () => {} },
      plugins: [announcements, checklists, chat],
    });
    await waymark.ready;
    for (const tag of ['wm-announcement', 'wm-checklist', 'wm-chat-button'])
      expect(container.querySelector(`:scope > ${tag}`), tag).not.toBeNull();
    // A tour takes the modal slot: the slide-out yields to it.
    waymark.start('welcome');
    expect(container.querySelector(':scope > wm-tour')).not.toBeNull();
    expect([...document.body.children].map((el) => el.localName)).toEqual(['main']);
    waymark.destroy();
    expect(container.children).toHaveLength(0);
  });

  it('mounts in the body without a container', async () => {
    waymark = createWaymark({ guides, storage: 'memory', plugins: [announcements] });
    await waymark.ready;
    expect(document.querySelector('body > wm-announcement')).not.toBeNull();
    expect(waymark.context.mount(document.createElement('aside'))).toBeTypeOf('function');
    expect(document.body.lastElementChild?.localName).toBe('aside');
  });
});
