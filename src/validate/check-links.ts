/**
 * Links and addresses in text: `href`/`url` values, links inside Markdown, e-mail addresses. Only safe link schemes
 * pass, since a guide's text may come from a CMS.
 * @packageDocumentation
 */
import { clip } from './phrasing.js';
import type { SchemaNode } from './schema-defs.js';
import { SAFE_SCHEMES, markdownLinks, unsafeScheme } from './link-scheme.js';
import type { ValidationIssue } from './validation-issue.js';

/** Links and addresses in any text field: `href`/`url` values, e-mail addresses and Markdown text. */
export function checkText(key: string, text: string, node: SchemaNode, path: string, out: ValidationIssue[]): void {
  if (key === 'href' || key === 'url') checkHref(text, path, 'The link goes to', out);
  if (node.description?.includes('Markdown'))
    for (const href of markdownLinks(text)) checkHref(href, path, `The ${key} links to`, out);
  if (key === 'email' && !/^[^\s@]+@[^\s@]+$/.test(text)) {
    out.push({
      path,
      severity: 'error',
      message: `${JSON.stringify(clip(text))} is not an e-mail address. Write it like "help@example.com".`,
      expected: 'an e-mail address',
      received: JSON.stringify(clip(text)),
    });
  }
}

/** Reports a link with an unsafe scheme (`javascript:`, `data:`, …); `lead` starts the sentence (`The link goes to`). */
export function checkHref(href: string, path: string, lead: string, out: ValidationIssue[]): void {
  const scheme = unsafeScheme(href);
  if (!scheme) return;
  const expected = `${SAFE_SCHEMES.map((s) => `${s}:`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1')} link, or a relative link like /help`;
  out.push({
    path,
    severity: 'error',
    message: `${lead} ${JSON.stringify(clip(href))}, which uses "${scheme}:". That is not allowed because it can run code or open other apps. Use an ${expected}.`,
    expected: `an ${expected}`,
    received: JSON.stringify(clip(href)),
  });
}
