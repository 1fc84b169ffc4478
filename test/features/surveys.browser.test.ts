import axe from 'axe-core';
import { afterEach, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { ChatPayload } from '../../src/core/chat/chat-adapter.js';
import { computeSurveyMetrics } from '../../src/core/analytics/survey-metrics.js';
import { createWaymark, type Waymark } from '../../src/create-waymark.js';
import { deepActive } from '../../src/dom/focus-trap.js';
import { chatPlugin } from '../../src/features/chat.js';

let waymark: Waymark | undefined;
afterEach(() => {
  waymark?.destroy();
  document.body.replaceChildren();
});

const nps = {
  id: 'quarterly-nps',
  questions: [
    { id: 'score', type: 'nps' as const, text: 'How likely are you to recommend Acme to a colleague?' },
    { id: 'why', type: 'text' as const, text: 'What should we do better?', optional: true },
  ],
  branches: [
    {
      when: { question: 'score', segment: ['promoter' as const] },
      then: {
        message: 'Thank you! Would you leave us a review?',
        offer: 'link' as const,
        url: 'https://example.com/review',
      },
    },
  ],
  thankYou: { message: 'Thank you. Someone from our team can help right now.', offer: 'chat' as const },
  remindLater: 'P2D',
};

it('a detractor answers by keyboard, is offered chat, and chat receives their answers; metrics count it', async () => {
  await page.viewport(1280, 800);
  document.body.innerHTML = '<main><h1>App</h1><button id="before">Before</button></main>';
  const opened: ChatPayload[] = [];
  const events: { type: string }[] = [];
  waymark = createWaymark({
    guides: { schemaVersion: 1, surveys: [nps], chat: { provider: 'custom' } },
    storage: 'memory',
    plugins: [chatPlugin({ custom: (p) => void opened.push(p) })],
  });
  for (const type of ['survey:shown', 'survey:answered', 'survey:completed'] as const)
    waymark.on(type, (e) => void events.push({ ...e, type }));
  document.getElementById('before')!.focus();
  expect(waymark.showSurvey('quarterly-nps')).toBe(true);
  const dialog = page.getByRole('dialog', { name: 'How likely are you to recommend Acme to a colleague?' });
  await expect.element(dialog).toBeVisible();
  // A slide-out never takes focus on its own.
  expect(document.activeElement?.id).toBe('before');
  expect((await axe.run(document.querySelector('wm-survey')!)).violations.map((v) => v.id)).toEqual([]);

  // Keyboard only: Tab reaches the slide-out (after the page), Tab again the scale; arrows choose, Enter sends.
  await userEvent.keyboard('{Tab}{Tab}');
  await expect.poll(() => deepActive()?.getAttribute('value')).toBe('0');
  await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
  await expect.element(page.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await userEvent.keyboard('{Enter}');
  const why = page.getByRole('textbox', { name: 'What should we do better?' });
  await expect.element(why).toBeVisible();
  await expect.poll(() => deepActive()?.localName).toBe('textarea');
  await userEvent.keyboard('Exports are too slow{Tab}');
  expect(deepActive()?.textContent).toBe('Remind me later');
  await userEvent.keyboard('{Tab}');
  expect(deepActive()?.textContent).toBe('Send');
  await userEvent.keyboard('{Enter}');
  await expect.element(page.getByText('Someone from our team can help right now.')).toBeVisible();
  await expect.poll(() => deepActive()?.textContent).toBe('Chat with us');
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => opened.length).toBe(1);
  expect(opened[0]!.fields).toMatchObject({
    waymark_reason: 'survey:quarterly-nps',
    waymark_survey_answers: 'score=3, why=Exports are too slow',
  });
  await expect.element(dialog).not.toBeInTheDocument();

  const m = computeSurveyMetrics(events)['quarterly-nps']!;
  expect(m).toMatchObject({ shown: 1, responded: 1, completed: 1, responseRate: 1 });
  expect(m.questions['score']).toMatchObject({ nps: -100, distribution: { '3': 1 } });
});

it('a promoter is offered the review link; "Remind me later" hides the survey until the snooze ends', async () => {
  document.body.innerHTML = '<main><h1>App</h1></main>';
  let now = Date.parse('2026-12-04T10:00:00Z');
  waymark = createWaymark({ guides: { schemaVersion: 1, surveys: [nps] }, storage: 'memory', now: () => now });
  await waymark.ready;
  expect(waymark.showSurvey('quarterly-nps')).toBe(true);
  await userEvent.click(page.getByRole('radio', { name: '10' }));
  await userEvent.click(page.getByRole('button', { name: 'Next' }));
  await expect.element(page.getByText('Would you leave us a review?')).toBeVisible();
  await userEvent.click(page.getByRole('button', { name: 'Close survey' }).first());

  expect(waymark.showSurvey('quarterly-nps')).toBe(true);
  await userEvent.click(page.getByRole('button', { name: 'Remind me later' }));
  await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  expect(waymark.showSurvey('quarterly-nps')).toBe(false);
  now += 2 * 864e5 + 1;
  expect(waymark.showSurvey('quarterly-nps')).toBe(true);
});
