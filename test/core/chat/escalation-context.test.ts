import { describe, expect, it } from 'vitest';
import { buildEscalationContext, type EscalationInput } from '../../../src/core/chat/escalation-context.js';
import { renderTemplate } from '../../../src/core/chat/render-template.js';

const input: EscalationInput = {
  tour: { id: 'welcome', title: 'Welcome to Acme' },
  step: { id: 'invite', title: 'Invite teammates' },
  stepIndex: 2,
  stepCount: 5,
  page: { url: 'https://app.acme.test/settings?token=abc#team', title: 'Settings' },
  triggers: ['visited-billing-3x'],
  user: { id: 'u_42', traits: { plan: 'pro', email: 'ada@example.com', seats: 12, 'Company Name': 'Acme' } },
  reason: 'stuck',
};

describe('buildEscalationContext', () => {
  it('builds flat provider-friendly fields from everything by default', () => {
    expect(buildEscalationContext(input).fields).toEqual({
      waymark_tour: 'welcome',
      waymark_tour_title: 'Welcome to Acme',
      waymark_step: 'invite',
      waymark_step_title: 'Invite teammates',
      waymark_step_number: 3,
      waymark_page: 'https://app.acme.test/settings',
      waymark_page_title: 'Settings',
      waymark_triggers: 'visited-billing-3x',
      waymark_user: 'u_42',
      waymark_reason: 'stuck',
    });
  });

  it('writes a default message that says where the user is stuck', () => {
    expect(buildEscalationContext(input).message).toBe(
      'I\'m stuck on "Invite teammates" in Welcome to Acme (https://app.acme.test/settings)',
    );
    expect(buildEscalationContext({ page: { url: '/billing' } }).message).toBe('I need help (/billing)');
    expect(buildEscalationContext({ tour: { id: 'setup' }, page: { url: '/x' } }).message).toBe(
      'I need help with setup (/x)',
    );
  });

  it('renders the guide template with step number and count', () => {
    const { message } = buildEscalationContext({
      ...input,
      template: 'Step {{step.number}}/{{step.count}} of {{tour.id}}, {{user.id}}, {{reason}}',
    });
    expect(message).toBe('Step 3/5 of welcome, u_42, stuck');
  });

  it('drops the query string and fragment of the page address unless asked', () => {
    expect(buildEscalationContext({ ...input, include: { pageQuery: true } }).fields.waymark_page).toBe(
      'https://app.acme.test/settings?token=abc#team',
    );
    expect(buildEscalationContext({ ...input, template: '{{page.url}}' }).message).toBe(
      'https://app.acme.test/settings',
    );
  });

  it('sends no user traits unless listed, and only plain values', () => {
    const { fields, values } = buildEscalationContext({
      ...input,
      include: { traits: ['plan', 'seats', 'Company Name', 'missing'] },
    });
    expect(fields).toMatchObject({
      waymark_user_plan: 'pro',
      waymark_user_seats: 12,
      waymark_user_company_name: 'Acme',
    });
    expect(JSON.stringify(fields)).not.toContain('ada@example.com');
    expect(renderTemplate('{{user.plan}} {{user.email}}', values)).toBe('pro');
  });

  it('respects include flags in the fields and in the message', () => {
    const { fields, message } = buildEscalationContext({
      ...input,
      include: { tour: false, step: false, page: false, triggers: false, user: false },
      template: '[{{tour.title}}|{{step.title}}|{{page.url}}|{{user.id}}|{{triggers}}]',
    });
    expect(fields).toEqual({ waymark_reason: 'stuck' });
    expect(message).toBe('[||||]');
    expect(buildEscalationContext({ ...input, include: { tour: false, page: false } }).message).toBe(
      'I\'m stuck on "Invite teammates"',
    );
  });

  it('omits what the app did not pass', () => {
    const { fields } = buildEscalationContext({ page: { url: 'https://a.test/' }, user: {}, triggers: [] });
    expect(fields).toEqual({ waymark_page: 'https://a.test/' });
  });
});

describe('a guide message template used outside a tour', () => {
  it('reads as a sentence, without empty quotes or "in  ()" gaps', () => {
    const { message } = buildEscalationContext({
      page: { url: 'https://a.test/x' },
      template: 'I\'m stuck on "{{step.title}}" in {{tour.title}} ({{page.url}})',
    });
    expect(message).toBe("I'm stuck (https://a.test/x)");
    const { values } = buildEscalationContext({ page: { url: 'https://a.test/x' } });
    expect(renderTemplate('Help with {{tour.title}}', values)).toBe('Help');
    expect(renderTemplate('Help with {{tour.title | Acme Projects}}', values)).toBe('Help with Acme Projects');
  });
});
