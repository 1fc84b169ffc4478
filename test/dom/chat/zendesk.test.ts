import { describe, expect, it } from 'vitest';
import { createZendeskAdapter } from '../../../src/dom/chat/zendesk.js';
import { loadingCases, payload } from './fakes/loading-cases.js';
import { fakeZendesk } from './fakes/zendesk.js';

describe('createZendeskAdapter', () => {
  loadingCases((win) => createZendeskAdapter({ win }), fakeZendesk);

  it('sets mapped conversation fields and tags, then opens the messenger', () => {
    const win = {};
    const zendesk = fakeZendesk();
    zendesk.install(win);
    const adapter = createZendeskAdapter({
      win,
      fieldIds: { message: '4422761977114', waymark_step: 4422761977115, waymark_user: '99' },
    });
    expect(adapter.open(payload)).toBe(true);
    expect(zendesk.calls).toEqual([
      [
        'messenger:set',
        'conversationFields',
        [
          { id: '4422761977114', value: payload.message },
          { id: '4422761977115', value: 'invite' },
        ],
      ],
      ['messenger:set', 'conversationTags', ['waymark', 'stuck']],
      ['messenger', 'show'],
      ['messenger', 'open'],
    ]);
  });

  it('only opens when there are no field ids and no tags', () => {
    const win = {};
    const zendesk = fakeZendesk();
    zendesk.install(win);
    createZendeskAdapter({ win }).open({ message: 'Help', fields: { waymark_tour: 't' } });
    expect(zendesk.calls).toEqual([
      ['messenger', 'show'],
      ['messenger', 'open'],
    ]);
  });
});
