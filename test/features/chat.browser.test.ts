import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ChatPayload } from '../../src/core/chat/chat-adapter.js';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { chatPlugin } from '../../src/features/chat.js';

let waymark: Waymark | undefined;
afterEach(() => {
  waymark?.destroy();
  document.body.replaceChildren();
});

it('offers help after failed clicks on a click-to-advance step, in the real step, and opens the chat from it', async () => {
  document.body.innerHTML =
    '<button id="create">Create</button><p id="elsewhere" style="margin-top:300px">Elsewhere</p>';
  const opened: ChatPayload[] = [];
  waymark = createWaymark({
    guides: {
      schemaVersion: 1,
      tours: [
        {
          id: 't',
          title: 'Tour',
          steps: [
            { id: 'create', title: 'Press Create', target: '#create', advanceOn: 'click' },
            { id: 'done', title: 'Done' },
          ],
        },
      ],
      chat: { provider: 'custom', stuck: { failedAdvance: 2 } },
    },
    storage: 'memory',
    plugins: [chatPlugin({ custom: (p) => void opened.push(p) })],
  });
  waymark.start('t');
  await expect.element(page.getByRole('dialog', { name: 'Press Create' })).toBeVisible();
  await userEvent.click(page.getByRole('heading', { name: 'Press Create' })); // inside the step: not a miss
  // The backdrop covers the rest of the page: a click there misses the target.
  await userEvent.click(page.getByText('Elsewhere'), { force: true });
  expect(waymark.context.$help.get()).toBeNull();
  await userEvent.click(page.getByText('Elsewhere'), { force: true });
  const help = page.getByRole('button', { name: 'Still stuck? Chat with us' });
  await expect.element(help).toBeVisible();
  await userEvent.click(help);
  await expect.poll(() => opened.length).toBe(1);
  expect(opened[0]!.fields).toMatchObject({ waymark_step: 'create', waymark_reason: 'failed-advance' });
});

it('a click on the target advances without counting as a miss', async () => {
  document.body.innerHTML = '<button id="create">Create</button>';
  waymark = createWaymark({
    guides: {
      schemaVersion: 1,
      tours: [
        {
          id: 't',
          steps: [
            { id: 'create', title: 'Press Create', target: '#create', advanceOn: 'click' },
            { id: 'done', title: 'Done' },
          ],
        },
      ],
      chat: { provider: 'custom', stuck: { failedAdvance: 1 } },
    },
    storage: 'memory',
    plugins: [chatPlugin({ custom: () => {} })],
  });
  waymark.start('t');
  await expect.element(page.getByRole('dialog', { name: 'Press Create' })).toBeVisible();
  await userEvent.click(page.getByRole('button', { name: 'Create', exact: true }));
  await expect.element(page.getByRole('dialog', { name: 'Done' })).toBeVisible();
  expect(waymark.context.$help.get()).toBeNull();
});
