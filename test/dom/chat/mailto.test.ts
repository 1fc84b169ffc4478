import { describe, expect, it, vi } from 'vitest';
import { buildMailtoUrl, createMailtoAdapter } from '../../../src/dom/chat/mailto.js';
import { payload } from './fakes/loading-cases.js';

describe('buildMailtoUrl', () => {
  it('encodes subject and a body of message plus fields', () => {
    const url = buildMailtoUrl('help@acme.test', {
      message: 'Stuck & lost?',
      fields: { waymark_tour: 'welcome', waymark_step_number: 3 },
      subject: 'Help: tour #1',
    })!;
    expect(url.startsWith('mailto:help@acme.test?subject=Help%3A%20tour%20%231&body=')).toBe(true);
    const body = decodeURIComponent(url.split('body=')[1]!);
    expect(body).toBe('Stuck & lost?\r\n\r\nwaymark_tour: welcome\r\nwaymark_step_number: 3');
    expect(url).not.toMatch(/[ \n+]/);
  });

  it('refuses addresses that would inject URL syntax', () => {
    for (const email of ['', 'nobody', 'a@b.test?cc=evil@x.test', 'a b@c.test', 'a@b.test&bcc=x', undefined])
      expect(buildMailtoUrl(email, payload)).toBeNull();
  });
});

describe('createMailtoAdapter', () => {
  it('navigates to the mailto URL', () => {
    const navigate = vi.fn();
    const adapter = createMailtoAdapter({ email: 'help@acme.test', navigate });
    expect(adapter.isAvailable()).toBe(true);
    expect(adapter.open(payload)).toBe(true);
    expect(navigate).toHaveBeenCalledWith(buildMailtoUrl('help@acme.test', payload));
  });

  it('uses the window location by default', () => {
    const assign = vi.fn();
    expect(createMailtoAdapter({ email: 'help@acme.test', win: { location: { assign } } }).open(payload)).toBe(true);
    expect(assign.mock.calls[0]![0]).toMatch(/^mailto:help@acme\.test\?/);
  });

  it('is unavailable without a usable address and never throws', () => {
    const navigate = vi.fn();
    const adapter = createMailtoAdapter({ navigate });
    expect(adapter.isAvailable()).toBe(false);
    expect(adapter.open(payload)).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
    expect(createMailtoAdapter({ email: 'a@b.test', win: {} }).open(payload)).toBe(false);
  });
});
