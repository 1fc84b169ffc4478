import { describe, expect, it } from 'vitest';
import { rankArticles } from '../../../src/core/help/rank-articles.js';
import type { HelpArticleDefinition } from '../../../src/core/help/help-definition.js';
import help from '../../../examples/vanilla/guides/help.json' with { type: 'json' };

const articles = help.helpCenter.articles as HelpArticleDefinition[];
const ids = (list: { article: { id: string } }[]) => list.map((entry) => entry.article.id);

describe('rankArticles', () => {
  it('lists the billing articles first on the billing page, in document order', () => {
    expect(ids(rankArticles(articles, { route: '/billing' }))).toEqual([
      'update-payment-method',
      'download-invoices',
      'change-plan',
      'billing-faq-currency',
    ]);
  });

  it('puts the element the user just used first, then the running tour, the page, a checklist in progress', () => {
    const ranked = rankArticles(articles, {
      route: '/reports/**',
      elementArticles: ['keyboard-shortcuts'],
      runningTour: 'billing-walkthrough',
      checklists: ['getting-started'],
    });
    expect(ids(ranked)).toEqual([
      'keyboard-shortcuts',
      'update-payment-method',
      'download-invoices',
      'export-report-csv',
      'invite-teammates',
    ]);
    expect(ranked.map((r) => r.reasons)).toEqual([['element'], ['tour'], ['tour'], ['route'], ['checklist']]);
  });

  it("on the billing page, a checklist in progress does not push its article above the page's own", () => {
    expect(ids(rankArticles(articles, { route: '/billing', checklists: ['getting-started'] }))).toEqual([
      'update-payment-method',
      'download-invoices',
      'change-plan',
      'billing-faq-currency',
      'invite-teammates',
    ]);
  });

  it('lists unread articles before read ones of the same fit', () => {
    expect(ids(rankArticles(articles, { route: '/billing', read: ['update-payment-method'] })).slice(0, 2)).toEqual([
      'download-invoices',
      'change-plan',
    ]);
  });

  it('matches routes as page conditions do: /billing/** is the billing page and everything below it', () => {
    expect(ids(rankArticles(articles, { route: '/billing/invoices/2026' }))[0]).toBe('update-payment-method');
    expect(rankArticles(articles, { route: '/billingx' })).toEqual([]);
  });

  it('leaves out articles that fit nothing', () => {
    expect(rankArticles(articles, { route: '/nowhere' })).toEqual([]);
  });
});
