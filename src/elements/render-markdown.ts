import { html, nothing, type TemplateResult } from 'lit';
import { parseMarkdown, type MdInline } from '../core/markdown.js';

const inline = (n: MdInline): unknown => {
  if (typeof n == 'string') return n;
  if (n.t == 'code') return html`<code>${n.v}</code>`;
  const c = n.c.map(inline);
  if (n.t == 'link') {
    const external = /^https?:/i.test(n.href);
    return html`<a href=${n.href} rel="noopener noreferrer" target=${external ? '_blank' : nothing}>${c}</a>`;
  }
  return n.t == 'strong' ? html`<strong>${c}</strong>` : html`<em>${c}</em>`;
};

/**
 * Render Markdown (see {@link parseMarkdown}) as a Lit template. Text only ever goes through Lit's text
 * bindings, never `unsafeHTML`; links get `rel="noopener noreferrer"`, and absolute `http(s)` links open in a
 * new tab.
 * @param source - Markdown text.
 */
export function renderMarkdown(source: string): TemplateResult {
  return html`${parseMarkdown(source).map((b) =>
    b.t == 'p'
      ? html`<p>${b.c.map(inline)}</p>`
      : b.t == 'ul'
        ? html`<ul>${b.items.map((i) => html`<li>${i.map(inline)}</li>`)}</ul>`
        : html`<ol>${b.items.map((i) => html`<li>${i.map(inline)}</li>`)}</ol>`,
  )}`;
}
