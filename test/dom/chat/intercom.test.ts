import { afterEach, describe, expect, it } from 'vitest';
import { createIntercomAdapter } from '../../../src/dom/chat/intercom.js';
import { fakeIntercom } from './fakes/intercom.js';
import { loadingCases, payload } from './fakes/loading-cases.js';

describe('createIntercomAdapter', () => {
  loadingCases((win) => createIntercomAdapter({ win }), fakeIntercom);

  it('stores the fields as attributes, then opens the composer with the message', () => {
    const win = {};
    const intercom = fakeIntercom();
    intercom.install(win);
    const adapter = createIntercomAdapter({ win });
    expect(adapter.isAvailable()).toBe(true);
    expect(adapter.open(payload)).toBe(true);
    expect(intercom.calls).toEqual([
      ['update', payload.fields],
      ['showNewMessage', payload.message],
    ]);
  });

  it('just shows the Messenger when there is no message', () => {
    const win = {};
    const intercom = fakeIntercom();
    intercom.install(win);
    createIntercomAdapter({ win }).open({ message: '', fields: {} });
    expect(intercom.calls.at(-1)).toEqual(['show']);
  });

  describe('on the real window', () => {
    afterEach(() => void delete (window as any).Intercom);
    it('defaults to the global object', () => {
      const intercom = fakeIntercom();
      intercom.install(window as any);
      expect(createIntercomAdapter().open(payload)).toBe(true);
      expect(intercom.calls).toHaveLength(2);
    });
  });
});
