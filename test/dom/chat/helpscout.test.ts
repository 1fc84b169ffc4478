import { describe, expect, it } from 'vitest';
import { createHelpScoutAdapter } from '../../../src/dom/chat/helpscout.js';
import { fakeHelpScout } from './fakes/helpscout.js';
import { loadingCases, payload } from './fakes/loading-cases.js';

describe('createHelpScoutAdapter', () => {
  loadingCases((win) => createHelpScoutAdapter({ win }), fakeHelpScout);

  it('sends session data as text, prefills subject and text, opens the message screen', () => {
    const win = {};
    const beacon = fakeHelpScout();
    beacon.install(win);
    expect(createHelpScoutAdapter({ win }).open(payload)).toBe(true);
    expect(beacon.calls).toEqual([
      [
        'session-data',
        {
          waymark_tour: 'welcome',
          waymark_step: 'invite',
          waymark_step_number: '3',
          waymark_page: 'https://app.test/settings',
        },
      ],
      ['prefill', { subject: 'Help with Welcome', text: payload.message }],
      ['open'],
      ['navigate', '/ask/message/'],
    ]);
  });

  it('leaves the subject out when there is none', () => {
    const win = {};
    const beacon = fakeHelpScout();
    beacon.install(win);
    createHelpScoutAdapter({ win }).open({ message: 'Help', fields: {} });
    expect(beacon.calls[1]).toEqual(['prefill', { text: 'Help' }]);
  });
});
