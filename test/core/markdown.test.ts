import { describe, expect, it } from 'vitest';
import { isSafeUrl, parseMarkdown } from '../../src/core/markdown.js';

const p = (source: string) => {
  const blocks = parseMarkdown(source);
  expect(blocks).toHaveLength(1);
  expect(blocks[0].t).toBe('p');
  return (blocks[0] as { c: unknown }).c;
};

describe('parseMarkdown', () => {
  it('parses each inline construct', () => {
    expect(p('a **b** c')).toEqual(['a ', { t: 'strong', c: ['b'] }, ' c']);
    expect(p('__b__')).toEqual([{ t: 'strong', c: ['b'] }]);
    expect(p('*i* and _j_')).toEqual([{ t: 'em', c: ['i'] }, ' and ', { t: 'em', c: ['j'] }]);
    expect(p('run `npm *x*` now')).toEqual(['run ', { t: 'code', v: 'npm *x*' }, ' now']);
    expect(p('see [the docs](https://x.dev/a?b=1)')).toEqual([
      'see ',
      { t: 'link', href: 'https://x.dev/a?b=1', c: ['the docs'] },
    ]);
  });

  it('nests inline constructs', () => {
    expect(p('**bold *and em* `code`**')).toEqual([
      { t: 'strong', c: ['bold ', { t: 'em', c: ['and em'] }, ' ', { t: 'code', v: 'code' }] },
    ]);
    expect(p('[**Open** it](/settings)')).toEqual([
      { t: 'link', href: '/settings', c: [{ t: 'strong', c: ['Open'] }, ' it'] },
    ]);
    expect(p('*[a](#b)*')).toEqual([{ t: 'em', c: [{ t: 'link', href: '#b', c: ['a'] }] }]);
  });

  it('leaves unmatched or spaced delimiters and intraword underscores as text', () => {
    expect(p('2 * 3 * 4')).toEqual(['2 * 3 * 4']);
    expect(p('**open')).toEqual(['**open']);
    expect(p('snake_case_name')).toEqual(['snake_case_name']);
    expect(p('[a] and [b](c)')).toEqual(['[a] and ', { t: 'link', href: 'c', c: ['b'] }]);
    expect(p('`unclosed')).toEqual(['`unclosed']);
  });

  it('honours backslash escapes', () => {
    expect(p('\\*not em\\*')).toEqual(['*not em*']);
    expect(p('\\[x](y)')).toEqual(['[x](y)']);
    expect(p('*a \\* b*')).toEqual([{ t: 'em', c: ['a * b'] }]);
    expect(p('\\\\*em*')).toEqual(['\\', { t: 'em', c: ['em'] }]);
    expect(p('C:\\path')).toEqual(['C:\\path']);
  });

  it('splits paragraphs on blank lines and keeps soft line breaks', () => {
    expect(parseMarkdown('one\ntwo\n\n  three  ')).toEqual([
      { t: 'p', c: ['one\ntwo'] },
      { t: 'p', c: ['three'] },
    ]);
    expect(parseMarkdown('**a\nb**')).toEqual([{ t: 'p', c: [{ t: 'strong', c: ['a\nb'] }] }]);
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('\r\n\r\n')).toEqual([]);
  });

  it('parses bulleted and numbered lists', () => {
    expect(parseMarkdown('Steps:\n- one\n* **two**\n\n1. first\n2) second\ncontinued')).toEqual([
      { t: 'p', c: ['Steps:'] },
      { t: 'ul', items: [['one'], [{ t: 'strong', c: ['two'] }]] },
      { t: 'ol', items: [['first'], ['second\ncontinued']] },
    ]);
    expect(parseMarkdown('- a\n\n- b\n\nafter')).toEqual([
      { t: 'ul', items: [['a'], ['b']] },
      { t: 'p', c: ['after'] },
    ]);
    expect(parseMarkdown('*not a list*')).toEqual([{ t: 'p', c: [{ t: 'em', c: ['not a list'] }] }]);
  });

  it('keeps raw HTML as literal text', () => {
    expect(p('<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
    expect(p('<img src=x onerror="alert(1)">')).toEqual(['<img src=x onerror="alert(1)">']);
    expect(p('**<b>x</b>**')).toEqual([{ t: 'strong', c: ['<b>x</b>'] }]);
  });

  it('turns links with unsafe URLs into their label', () => {
    for (const url of [
      'javascript:alert%281%29',
      'JaVaScRiPt:void 0',
      ' javascript:x',
      'java\tscript:x',
      'data:text/html,<b>',
      'vbscript:x',
    ]) {
      expect(p(`[**click** me](${url})`)).toEqual([{ t: 'strong', c: ['click'] }, ' me']);
    }
    expect(p('a [x](javascript:y) b')).toEqual(['a x b']);
  });

  it('never throws and finishes on pathological input', () => {
    for (const ch of ['*', '_', '[', '`', '](', '[a](', '**a', '\\', '- ', '<']) {
      const src = ch.repeat(10_000);
      const blocks = parseMarkdown(src);
      expect(blocks.length).toBeGreaterThan(0);
    }
    expect(p('*'.repeat(10_000))).toEqual(['*'.repeat(10_000)]);
    expect(p('['.repeat(10_000))).toEqual(['['.repeat(10_000)]);
    expect(parseMarkdown(null as unknown as string)).toEqual([]);
  });
});

describe('isSafeUrl', () => {
  it('accepts http(s), mailto and relative URLs', () => {
    for (const url of [
      'https://a.b',
      'HTTP://a.b',
      'mailto:x@y.z',
      '#top',
      '/settings',
      'docs/page',
      '?q=1',
      '//cdn.x',
      '',
      '../x',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('rejects other schemes, including obfuscated ones', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      '  javascript:alert(1)',
      '\u0000javascript:x',
      'java\nscript:x',
      'java\u0001script:x',
      'jav\u00a0ascript:x',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox',
      'file:///etc/passwd',
    ]) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });
});
