import { describe, expect, it } from 'vitest';
import { createCrispAdapter } from '../../../src/dom/chat/crisp.js';
import { fakeCrisp } from './fakes/crisp.js';
import { loadingCases, payload } from './fakes/loading-cases.js';

describe('createCrispAdapter', () => {
  loadingCases((win) => createCrispAdapter({ win }), fakeCrisp);

  it('pushes session data, the prefilled message, then shows and opens the chatbox', () => {
    const win = {};
    const crisp = fakeCrisp();
    crisp.install(win);
    expect(createCrispAdapter({ win }).open(payload)).toBe(true);
    expect(crisp.calls).toEqual([
      ['set', 'session:data', [Object.entries(payload.fields)]],
      ['set', 'message:text', [payload.message]],
      ['do', 'chat:show'],
      ['do', 'chat:open'],
    ]);
  });

  it('is usable through the array queue before the chatbox has loaded', () => {
    const win: Record<string, any> = {};
    const crisp = fakeCrisp({ loaded: false });
    crisp.install(win);
    const adapter = createCrispAdapter({ win });
    expect(Array.isArray(win.$crisp)).toBe(true);
    expect(adapter.isAvailable()).toBe(true);
    expect(adapter.open(payload)).toBe(true);
    expect(crisp.calls.at(-1)).toEqual(['do', 'chat:open']);
  });

  it('skips empty session data and message', () => {
    const win = {};
    const crisp = fakeCrisp();
    crisp.install(win);
    createCrispAdapter({ win }).open({ message: '', fields: {} });
    expect(crisp.calls).toEqual([
      ['do', 'chat:show'],
      ['do', 'chat:open'],
    ]);
  });
});
