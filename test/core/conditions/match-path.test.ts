import { describe, expect, it } from 'vitest';
import { matchPath } from '../../../src/core/conditions/match-path.js';

describe('matchPath', () => {
  it('matches exact paths, ignoring a trailing slash', () => {
    expect(matchPath('/billing', '/billing')).toBe(true);
    expect(matchPath('/billing/', '/billing')).toBe(true);
    expect(matchPath('/billing', '/billing/')).toBe(true);
    expect(matchPath('/billing', '/billings')).toBe(false);
    expect(matchPath('/', '/')).toBe(true);
    expect(matchPath('/', '/billing')).toBe(false);
  });

  it('lets * match within one segment only', () => {
    expect(matchPath('/projects/*', '/projects/42')).toBe(true);
    expect(matchPath('/projects/*', '/projects/42/settings')).toBe(false);
    expect(matchPath('/projects/*', '/projects')).toBe(false);
    expect(matchPath('/projects/*/settings', '/projects/42/settings')).toBe(true);
    expect(matchPath('/projects/p-*-x', '/projects/p-12-x')).toBe(true);
    expect(matchPath('/projects/p-*-x', '/projects/p-12-y')).toBe(false);
    expect(matchPath('/*/a*b*c', '/x/aXbYbZc')).toBe(true);
  });

  it('lets ** match any number of segments, including none', () => {
    expect(matchPath('/billing/**', '/billing')).toBe(true);
    expect(matchPath('/billing/**', '/billing/invoices/42')).toBe(true);
    expect(matchPath('/billing/**', '/settings/billing')).toBe(false);
    expect(matchPath('/**/settings', '/a/b/c/settings')).toBe(true);
    expect(matchPath('/**/settings', '/settings')).toBe(true);
    expect(matchPath('/**/settings', '/a/settings/b')).toBe(false);
    expect(matchPath('/**/a/**/b', '/x/a/y/a/z/b')).toBe(true);
    expect(matchPath('**', '/anything/at/all')).toBe(true);
  });

  it('stays fast on patterns that make regular expressions backtrack', () => {
    const path = `/${'a/'.repeat(2000)}b`;
    const pattern = `/${'**/a/'.repeat(20)}c`;
    expect(matchPath(pattern, path)).toBe(false);
    expect(matchPath(`/${'*a'.repeat(30)}`, `/${'a'.repeat(5000)}b`)).toBe(false);
  });
});
