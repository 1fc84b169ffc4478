import { describe, expect, it } from 'vitest';
import { cachedCopyKey, readCachedCopy } from '../../../src/core/remote/cached-copy.js';
import { remoteGuidesOption } from '../../../src/core/remote/remote-guides-option.js';

describe('remoteGuidesOption', () => {
  const base = 'https://app.example.com/projects/1';
  it('recognises URLs, URL objects and { url } options, resolved against the page', () => {
    expect(remoteGuidesOption('/guides.json', base)).toEqual({
      url: 'https://app.example.com/guides.json',
      timeout: 10000,
    });
    expect(remoteGuidesOption('./g.json', base)?.url).toBe('https://app.example.com/projects/g.json');
    expect(remoteGuidesOption('https://cdn.example.com/g.json')?.url).toBe('https://cdn.example.com/g.json');
    expect(remoteGuidesOption(new URL('https://cdn.example.com/g.json'))?.url).toBe('https://cdn.example.com/g.json');
    expect(remoteGuidesOption({ url: '/g.json', pollInterval: 60000, timeout: 3000 }, base)).toEqual({
      url: 'https://app.example.com/g.json',
      pollInterval: 60000,
      timeout: 3000,
    });
  });
  it('leaves documents alone: objects, JSON text, promises', () => {
    expect(remoteGuidesOption({ schemaVersion: 1, tours: [] })).toBeUndefined();
    expect(remoteGuidesOption('{"schemaVersion":1}')).toBeUndefined();
    expect(remoteGuidesOption('  {"url": "/x"}')).toBeUndefined();
    expect(remoteGuidesOption(Promise.resolve({}))).toBeUndefined();
    expect(remoteGuidesOption({ schemaVersion: 1, url: '/x' })).toBeUndefined();
    expect(remoteGuidesOption(undefined)).toBeUndefined();
  });
  it('keeps polling at 5 s or more and ignores nonsense settings', () => {
    expect(remoteGuidesOption({ url: '/g', pollInterval: 100 }, base)?.pollInterval).toBe(5000);
    expect(remoteGuidesOption({ url: '/g', pollInterval: -1, timeout: 0 }, base)).toEqual({
      url: 'https://app.example.com/g',
      timeout: 10000,
    });
  });
});

describe('cached copies', () => {
  it('are keyed per URL, for every user', () => {
    expect(cachedCopyKey('https://x/g.json')).toBe('waymark:guides:v1:https://x/g.json');
    expect(cachedCopyKey('https://x/g.json', 'acme')).toBe('acme:guides:v1:https://x/g.json');
  });
  it('read back only when whole and valid JSON', () => {
    const copy = { text: '{"schemaVersion":1}', etag: '"a"', savedAt: 5 };
    expect(readCachedCopy(JSON.stringify(copy))).toEqual(copy);
    expect(readCachedCopy(JSON.stringify({ ...copy, text: '{broken' }))).toBeUndefined();
    expect(readCachedCopy('not json')).toBeUndefined();
    expect(readCachedCopy(null)).toBeUndefined();
  });
});
