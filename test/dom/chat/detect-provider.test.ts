import { describe, expect, it } from 'vitest';
import { detectProvider } from '../../../src/dom/chat/detect-provider.js';

describe('detectProvider', () => {
  it('finds each provider by its global', () => {
    expect(detectProvider({ Intercom: () => {} })).toBe('intercom');
    expect(detectProvider({ $crisp: [] })).toBe('crisp');
    expect(detectProvider({ zE: () => {} })).toBe('zendesk');
    expect(detectProvider({ HubSpotConversations: { widget: {} } })).toBe('hubspot');
    expect(detectProvider({ Beacon: () => {} })).toBe('helpscout');
  });

  it('prefers Intercom, then Crisp, Zendesk, HubSpot, Help Scout', () => {
    expect(detectProvider({ Beacon: () => {}, zE: () => {}, $crisp: [] })).toBe('crisp');
  });

  it("needs the member the adapter uses (Crisp's queue, HubSpot's widget)", () => {
    expect(detectProvider({ $crisp: {}, HubSpotConversations: {} })).toBeNull();
  });

  it('returns null when there is no widget (also on the real window)', () => {
    expect(detectProvider({})).toBeNull();
    expect(detectProvider()).toBeNull();
  });
});
