import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/core/chat/render-template.js';

const context = {
  tour: { id: 'welcome', title: 'Welcome to Acme' },
  step: { id: 'invite', title: 'Invite teammates', number: 3, done: false },
  page: { url: 'https://app.acme.test/settings' },
  triggers: ['visited-billing', 'idle', { nested: true }],
  empty: null,
};

describe('renderTemplate', () => {
  it('fills dotted paths', () => {
    expect(renderTemplate('I\'m stuck on "{{step.title}}" in {{tour.title}} ({{page.url}})', context)).toBe(
      'I\'m stuck on "Invite teammates" in Welcome to Acme (https://app.acme.test/settings)',
    );
  });

  it('tolerates whitespace inside the braces', () => {
    expect(renderTemplate('{{ tour.title }} / {{  step.number}}', context)).toBe('Welcome to Acme / 3');
  });

  it('prints numbers and booleans, joins arrays of plain values', () => {
    expect(renderTemplate('{{step.done}} {{step.number}} [{{triggers}}]', context)).toBe(
      'false 3 [visited-billing, idle]',
    );
  });

  it('renders unknown, null and object values as empty strings', () => {
    expect(renderTemplate('a{{nope}}b{{tour.nope.deeper}}c{{empty}}d{{tour}}e', context)).toBe('abcde');
  });

  it('never reaches the prototype or runs code', () => {
    expect(renderTemplate('{{constructor}}{{tour.constructor.name}}{{__proto__}}{{toString}}', context)).toBe('');
    expect(renderTemplate('{{ tour.title.length }}{{ 1 + 1 }}{{ alert(1) }}', context)).toBe('');
  });

  it('leaves HTML as plain text and does not expand placeholders inside values', () => {
    const values = { a: '<b>{{b}}</b>', b: 'secret' };
    expect(renderTemplate('{{a}}', values)).toBe('<b>{{b}}</b>');
  });

  it('keeps text without placeholders and stray braces as they are', () => {
    expect(renderTemplate('Hello {world} }} {{', context)).toBe('Hello {world} }} {{');
  });

  it('returns an empty string for a template that is not a string', () => {
    expect(renderTemplate(undefined as unknown as string, context)).toBe('');
    expect(renderTemplate(42 as unknown as string, context)).toBe('');
  });
});

describe('renderTemplate: missing values leave no gaps', () => {
  const page = { page: { url: 'https://app.acme.test/' } };
  it('drops a missing value with its quotes or brackets and the linking word before it', () => {
    expect(renderTemplate('I\'m stuck on "{{step.title}}" in {{tour.title}} ({{page.url}})', page)).toBe(
      "I'm stuck (https://app.acme.test/)",
    );
    expect(renderTemplate('I\'m stuck on "{{step.title}}" in {{tour.title}} ({{page.url}})', {})).toBe("I'm stuck");
    expect(renderTemplate('Help with {{tour.title}}', {})).toBe('Help');
    expect(renderTemplate('Help with {{tour.title}}, please.', {})).toBe('Help, please.');
    expect(renderTemplate('In {{tour.title}}: stuck', {})).toBe(': stuck');
  });

  it('uses a fallback after |', () => {
    expect(renderTemplate('Help with {{ tour.title | Acme Projects }}', {})).toBe('Help with Acme Projects');
    expect(renderTemplate('Help with {{ tour.title | Acme Projects }}', context)).toBe('Help with Welcome to Acme');
    expect(renderTemplate('"{{nope|a|b}}"', {})).toBe('"a|b"');
  });

  it('keeps quotes that do not pair, linking words before present values, and the text as is when nothing is missing', () => {
    expect(renderTemplate('[{{nope}}|{{tour.title}}]', context)).toBe('[|Welcome to Acme]');
    expect(renderTemplate('Stuck  on {{ tour.title }}  ', context)).toBe('Stuck  on Welcome to Acme  ');
    expect(renderTemplate('Line one {{nope}}\nLine two', {})).toBe('Line one\nLine two');
    expect(renderTemplate('Within {{nope}}', {})).toBe('Within');
  });
});
