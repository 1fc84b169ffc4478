import { describe, expect, it, vi } from 'vitest';
import { createUrlAdapter } from '../../../src/dom/chat/url.js';
import { payload } from './fakes/loading-cases.js';

const page = { location: { href: 'https://app.acme.test/settings/team' } };

describe('createUrlAdapter', () => {
  it('opens the page in a new tab and cuts the opener link', () => {
    const tab: Record<string, unknown> = { opener: 'this page' };
    const open = vi.fn(() => tab);
    const adapter = createUrlAdapter({ url: 'https://help.acme.test/contact', win: { ...page, open } });
    expect(adapter.isAvailable()).toBe(true);
    expect(adapter.open(payload)).toBe(true);
    expect(open).toHaveBeenCalledWith('https://help.acme.test/contact', '_blank');
    expect(tab.opener).toBeNull();
  });

  it('returns false when the pop-up is blocked', () => {
    expect(createUrlAdapter({ url: 'https://help.acme.test/', win: { ...page, open: () => null } }).open(payload)).toBe(
      false,
    );
  });

  it('navigates the same tab when asked, resolving relative URLs', () => {
    const navigate = vi.fn();
    expect(createUrlAdapter({ url: '/support', newTab: false, navigate, win: page }).open(payload)).toBe(true);
    expect(navigate).toHaveBeenCalledWith('https://app.acme.test/support');
  });

  it('adds context parameters only when configured', () => {
    const navigate = vi.fn();
    createUrlAdapter({
      url: 'https://help.acme.test/form?lang=en',
      newTab: false,
      context: true,
      navigate,
      win: page,
    }).open(payload);
    const url = new URL(navigate.mock.calls[0]![0]);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('waymark_step')).toBe('invite');
    expect(url.searchParams.get('waymark_step_number')).toBe('3');
    expect(url.searchParams.get('waymark_message')).toBe(payload.message);
    navigate.mockClear();
    createUrlAdapter({ url: 'https://help.acme.test/form', newTab: false, navigate, win: page }).open(payload);
    expect(navigate).toHaveBeenCalledWith('https://help.acme.test/form');
  });

  it('refuses script and other non-web URLs', () => {
    const navigate = vi.fn();
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'JaVaScRiPt:alert(1)', undefined]) {
      const adapter = createUrlAdapter({ url, newTab: false, navigate, win: page });
      expect(adapter.isAvailable()).toBe(false);
      expect(adapter.open(payload)).toBe(false);
    }
    expect(navigate).not.toHaveBeenCalled();
  });

  it('returns false instead of throwing when navigation fails', () => {
    const navigate = () => {
      throw new Error('blocked');
    };
    expect(createUrlAdapter({ url: 'https://help.acme.test/', newTab: false, navigate, win: page }).open(payload)).toBe(
      false,
    );
  });
});
