import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { formatIssues, validateGuide, type ValidationIssue } from '../../src/validate/index.js';
import schema from '../../schema.json' with { type: 'json' };

const DIR = new URL('../fixtures/guides/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8'));
const names = (prefix: string) =>
  readdirSync(DIR)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .map((f) => f.slice(0, -5));

/** A one-tour document whose tour has these extra fields (trigger, audience, …). */
const tour = (extra: Record<string, unknown>, doc: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  tours: [{ id: 'welcome', title: 'Welcome', steps: [{ id: 'hello', title: 'Hello' }], ...extra }],
  ...doc,
});
const trigger = (condition: unknown, doc: Record<string, unknown> = {}) => tour({ trigger: condition }, doc);
const lines = (input: unknown) =>
  validateGuide(input).issues.map((i) => `${i.path}: ${i.severity === 'warning' ? 'Warning: ' : ''}${i.message}`);
const only = (input: unknown): ValidationIssue => {
  const { issues } = validateGuide(input);
  expect(issues, formatIssues(issues)).toHaveLength(1);
  return issues[0];
};
const KINDS =
  'all, any, not, event, page, element, idle, rageClicks, errors, guide, delay, user, signedUp, date, time, segment';
const DURATION = 'Write durations in ISO 8601: "P7D" (7 days), "PT30S" (30 seconds), "PT1H30M".';

describe('conditions: the kind is read from the keys present', () => {
  it('checks each kind against its own shape, without blaming other kinds', () => {
    expect(validateGuide(trigger({ page: '/billing/**' })).issues).toEqual([]);
    expect(lines(trigger({ all: [{ page: 1 }, { element: '#x', state: 'shown' }] }))).toEqual([
      'tours[0].trigger.all[0].page: "page" should be text or an object ({ … }), but it is the number 1.',
      'tours[0].trigger.all[1].state: "shown" is not a state. Expected one of present, visible, clicked.',
    ]);
    expect(only(trigger({ all: [], where: { a: 1 } })).message).toBe(
      '"where" is not allowed in an all condition; it belongs in an event condition.',
    );
  });

  it('names the known kinds and the closest one when no kind is present, and still checks the rest', () => {
    expect(lines(trigger({ evnt: 'help_article_viewed', within: '7 days' }))).toEqual([
      `tours[0].trigger: "trigger" has none of the known kinds of condition: ${KINDS}. Did you mean "event" instead of "evnt"?`,
      `tours[0].trigger.within: "7 days" is not a duration. ${DURATION} Did you mean "P7D"?`,
    ]);
    const issue = only(trigger({ any: [{ not: {} }] }));
    expect(issue).toMatchObject({
      path: 'tours[0].trigger.any[0].not',
      received: 'an empty object',
      expected: `exactly one of ${KINDS}`,
    });
    expect(issue.suggestion).toBeUndefined();
    expect(only(trigger({ all: [{ pgae: '/x' }] }))).toMatchObject({
      path: 'tours[0].trigger.all[0]',
      suggestion: 'page',
    });
    expect(only(trigger({ all: [{ pgae: '/x' }] })).message).toMatch(
      /^This condition has none of the known kinds: all, any, .*\. Did you mean "page" instead of "pgae"\?$/,
    );
  });

  it('says which keys conflict when several kinds are mixed, and how to combine them', () => {
    expect(only(trigger({ page: '/billing/**', event: 'help_article_viewed' }))).toMatchObject({
      path: 'tours[0].trigger',
      received: '"event", "page"',
      message:
        '"trigger" mixes "event" and "page", which are different kinds of condition. Write one kind per condition and combine them with "all" or "any": {"all": [{"event": …}, {"page": …}]}.',
    });
  });

  it('handles the other unions of the format: text or list, object or false, name or object, condition or "manual"', () => {
    const step = (extra: Record<string, unknown>) => ({
      schemaVersion: 1,
      tours: [{ id: 't', title: 'T', steps: [{ id: 's', title: 'S', ...extra }] }],
    });
    expect(validateGuide(step({ target: ['#a', '#b'], spotlight: false })).valid).toBe(true);
    expect(only(step({ spotlight: { padding: -1 } })).message).toBe(
      '"padding" is -1, but it must be between 0 and 200.',
    );
    const hint = (beacon: unknown) => ({ schemaVersion: 1, hints: [{ id: 'h', target: '#x', title: 'H', beacon }] });
    expect(validateGuide(hint({ style: 'icon' })).valid).toBe(true);
    expect(only(hint('puls'))).toMatchObject({ path: 'hints[0].beacon', suggestion: 'pulse' });
    expect(only(fixture('invalid-checklist-item'))).toMatchObject({
      path: 'checklists[0].items[0].completeWhen',
      message:
        '"completeWhen" should be an object ({ … }) or "manual", but it is the text "manul". Did you mean "manual"?',
    });
  });

  it('reads the kinds from the schema, so every kind the schema lists is accepted', () => {
    const branches = schema.$defs.Condition.anyOf.map((b) => b.$ref.replace('#/$defs/', ''));
    expect(branches).toHaveLength(KINDS.split(', ').length);
    const examples = branches.flatMap(
      (b) => (schema.$defs as Record<string, { examples?: unknown[] }>)[b].examples ?? [],
    );
    expect(examples.length).toBeGreaterThan(10);
    for (const example of examples)
      expect(lines(trigger(example, { segments: { 'trial-users': { page: '/x' } } }))).toEqual([]);
  });
});

describe('formats: durations, times, dates and time zones', () => {
  it.each([
    ['7 days', 'P7D'],
    ['30s', 'PT30S'],
    ['1h 30m', 'PT1H30M'],
    ['pt30s', 'PT30S'],
    ['2 weeks', 'P2W'],
    ['1 hour and 30 minutes', 'PT1H30M'],
  ])('rewrites the duration %j as %j', (written, meant) => {
    expect(only(trigger({ idle: written }))).toEqual({
      path: 'tours[0].trigger.idle',
      severity: 'error',
      message: `${JSON.stringify(written)} is not a duration. ${DURATION} Did you mean "${meant}"?`,
      expected: 'an ISO 8601 duration like "PT30S" or "P7D"',
      received: JSON.stringify(written),
      suggestion: meant,
    });
  });

  it('checks durations wherever the schema has one, and explains numbers and unclear text', () => {
    expect(
      lines(
        tour(
          { frequency: { max: 1, per: 'week', minGap: 'P1D', snooze: 3 } },
          { proactive: { quietPeriod: '10' }, chat: { stuck: { after: 'PT1M' } } },
        ),
      ),
    ).toEqual([
      `tours[0].frequency.per: "week" is not a duration. ${DURATION}`,
      'tours[0].frequency.snooze: "snooze" should be an ISO 8601 duration like "PT30S" or "P7D", but it is the number 3.',
      `proactive.quietPeriod: "10" is not a duration. ${DURATION}`,
    ]);
    expect(only({ schemaVersion: 1, chat: { stuck: { after: 'P1M' } } }).message).toBe(
      '"P1M" is a duration, but not one this setting accepts. Use whole weeks, days, hours, minutes or seconds, like "PT45S" or "P1D". Did you mean "PT1M"?',
    );
  });

  it('explains business hours: time zone, HH:MM times, weekday names, [open, close] pairs, holiday dates', () => {
    const hours = {
      timeZone: 'Europe/Berln',
      weekly: { monday: [['9am', '17:00']], tue: [['09:00', '25:00', '26:00']] },
      closed: ['2026-12-32', '2026-1-5'],
    };
    expect(lines({ schemaVersion: 1, chat: { hours } })).toEqual([
      'chat.hours.timeZone: "Europe/Berln" is not a time zone. Use an IANA time zone name, like "Europe/Berlin", "America/New_York" or "UTC". Did you mean "Europe/Berlin"?',
      'chat.hours.weekly.monday: "monday" is not allowed in "weekly". Did you mean "mon"?',
      'chat.hours.weekly.tue[0]: This time range has 3 clock times, but it must have exactly 2 clock times.',
      'chat.hours.weekly.tue[0][1]: "25:00" is not a time of day. Write times as HH:MM on a 24-hour clock, like "09:00" or "17:30" ("24:00" is the end of the day).',
      'chat.hours.weekly.tue[0][2]: "26:00" is not a time of day. Write times as HH:MM on a 24-hour clock, like "09:00" or "17:30" ("24:00" is the end of the day).',
      'chat.hours.closed[0]: "2026-12-32" is not a date: December 2026 has 31 days.',
      'chat.hours.closed[1]: "2026-1-5" is not a date. Write dates as YYYY-MM-DD, like "2026-12-31". Did you mean "2026-01-05"?',
    ]);
    const day = (time: string) => ({
      schemaVersion: 1,
      chat: { hours: { timeZone: 'Berlin', weekly: { mon: [[time, '24:00']] } } },
    });
    expect(validateGuide(day('9am')).issues.map((i) => i.suggestion)).toEqual(['Europe/Berlin', '09:00']);
    expect(validateGuide(day('5.30 pm')).issues[1].suggestion).toBe('17:30');
    for (const zone of ['UTC', 'America/New_York', 'Asia/Kolkata']) {
      expect(validateGuide({ schemaVersion: 1, chat: { hours: { timeZone: zone, weekly: {} } } }).valid).toBe(true);
    }
  });

  it('checks date ranges: real dates, exact times allowed, from before to', () => {
    expect(validateGuide(trigger({ date: { from: '2026-12-01', to: '2026-12-01' } })).valid).toBe(true);
    expect(
      validateGuide(trigger({ date: { from: '2026-12-01T09:00:00Z', to: '2026-12-01T18:00:00+01:00' } })).valid,
    ).toBe(true);
    expect(only(trigger({ date: { from: '2026-02-29' } })).message).toBe(
      '"2026-02-29" is not a date: February 2026 has 28 days.',
    );
    expect(only(trigger({ date: { to: '12/31/2026' } })).message).toBe(
      '"12/31/2026" is not a date. Write dates as YYYY-MM-DD, like "2026-12-31", or an exact time like "2026-12-31T18:00:00Z".',
    );
    expect(only(fixture('semantic-date-range'))).toMatchObject({
      path: 'announcements[0].trigger.date.to',
      message:
        'This range ends ("2026-12-01") before it starts ("2026-12-31"), so it never holds. Swap "from" and "to".',
    });
  });

  it('explains a range with an unreadable end once, without failing itself', () => {
    // Both ends are text, so the range order was compared, and `new Date(NaN).toISOString()` threw.
    expect(only(trigger({ date: { from: '12/31/2026', to: '2026-12-01' } })).message).toBe(
      '"12/31/2026" is not a date. Write dates as YYYY-MM-DD, like "2026-12-31", or an exact time like "2026-12-31T18:00:00Z".',
    );
    expect(only(trigger({ date: { from: '2026-12-01', to: 'soon' } })).path).toBe('tours[0].trigger.date.to');
  });
});

describe('references and rules', () => {
  it('checks that a segment is defined, and finds segments that refer to themselves', () => {
    expect(only(fixture('semantic-unknown-segment'))).toMatchObject({
      path: 'tours[0].audience.segment',
      message: 'There is no segment named "trail" in "segments". Did you mean "trial"?',
      expected: 'one of trial',
      suggestion: 'trial',
    });
    expect(lines(fixture('semantic-segment-cycle'))).toEqual([
      'segments.a: The segment "a" refers to itself (a → b → a), so it never matches. Remove one of these references.',
      'segments.b: The segment "b" refers to itself (b → a → b), so it never matches. Remove one of these references.',
    ]);
  });

  it('checks that a guide condition names a tour, checklist, hint or announcement', () => {
    expect(only(fixture('semantic-unknown-guide'))).toMatchObject({
      path: 'tours[0].trigger.guide',
      message: 'There is no tour, checklist, hint, announcement or survey with id "welcom". Did you mean "welcome"?',
    });
    const doc = trigger(
      {
        any: [
          { guide: 'tip', state: 'seen' },
          { guide: 'news', state: 'dismissed' },
          { guide: 'setup', state: 'completed' },
        ],
      },
      {
        hints: [{ id: 'tip', target: '#x', title: 'Tip' }],
        announcements: [{ id: 'news', title: 'News' }],
        checklists: [{ id: 'setup', title: 'Setup', items: [{ id: 'a', title: 'A', completeWhen: 'manual' }] }],
      },
    );
    expect(validateGuide(doc).issues).toEqual([]);
  });

  it('checks user comparisons: one kind of comparison, something to compare, ranges that can hold', () => {
    expect(only(fixture('semantic-user-comparison')).message).toBe(
      'This user condition mixes "eq" and "gt", which compare "plan" in different ways (as text and as a number). Use one kind of comparison per user condition; to require both, put two user conditions in "all".',
    );
    expect(
      lines(
        trigger({
          all: [
            { user: 'plan' },
            { user: 'seats', gt: 5, lte: 5 },
            { user: 'beta', exists: false, eq: 'yes' },
            { user: 'plan', eq: 'pro', in: ['pro'] },
          ],
        }),
      ),
    ).toEqual([
      'tours[0].trigger.all[0]: This user condition compares "plan" with nothing. Add a comparison: in, eq, gt, lt, gte, lte, exists, olderThan, newerThan (for example "exists": true).',
      'tours[0].trigger.all[1]: This user condition can never hold: no number is greater than 5 and at most 5.',
      'tours[0].trigger.all[2]: This user condition can never hold: "exists": false means "beta" is not set, and a trait that is not set fails every other comparison. Use "exists": false alone.',
      'tours[0].trigger.all[3]: Warning: This user condition uses both "eq" and "in". Use one: "in" lists every value allowed.',
    ]);
    expect(validateGuide(trigger({ user: 'seats', gte: 5, lte: 5, exists: true })).issues).toEqual([]);
  });

  it('checks actions in every section: start-tour ids, what each action needs, safe links', () => {
    expect(only(fixture('semantic-start-tour-reference'))).toMatchObject({
      path: 'hints[0].buttons[0].tour',
      message: 'There is no tour with id "welcom". Did you mean "welcome"?',
    });
    expect(only(fixture('semantic-unsafe-link')).path).toBe('announcements[0].primary.href');
    const doc = {
      schemaVersion: 1,
      checklists: [
        {
          id: 'c',
          title: 'C',
          items: [{ id: 'a', title: 'A', completeWhen: 'manual', action: { label: 'Go', action: 'app' } }],
        },
      ],
      announcements: [{ id: 'n', title: 'N', primary: { label: 'Jump', action: 'goto', step: 'x' } }],
    };
    expect(lines(doc)).toEqual([
      'checklists[0].items[0].action.name: An "app" button needs "name": the name of an action the app registered.',
      'announcements[0].primary.action: A "goto" button only works in a tour step, where there are steps to jump to. Use "start-tour" to start a tour.',
    ]);
  });

  it('checks links and selectors in hints, checklists, announcements and chat', () => {
    const doc = {
      schemaVersion: 1,
      hints: [{ id: 'h', target: 'div[', title: 'H', body: '[x](javascript:void 0)' }],
      checklists: [
        {
          id: 'c',
          title: 'C',
          description: '[y](data:text/html,x)',
          items: [{ id: 'a', title: 'A', completeWhen: { element: 'li:nth-child(2' } }],
        },
      ],
      announcements: [{ id: 'n', title: 'N', image: { src: 'http://x.test/a.png', alt: '' } }],
      chat: { provider: 'url', url: 'vbscript:x', offline: { mode: 'email', email: 'support' } },
    };
    expect(validateGuide(doc).issues.map((i) => i.path)).toEqual([
      'hints[0].target',
      'hints[0].body',
      'checklists[0].description',
      'checklists[0].items[0].completeWhen.element',
      'announcements[0].image.src',
      'chat.url',
      'chat.offline.email',
    ]);
    expect(lines(doc)[4]).toBe(
      'announcements[0].image.src: "http://x.test/a.png" is not a valid src. The image URL: https: or relative (/img/new.png, ./new.svg). Other schemes (data:, http:) are refused.',
    );
    expect(lines(doc)[6]).toBe(
      'chat.offline.email: "support" is not an e-mail address. Write it like "help@example.com".',
    );
  });

  it('checks what a chat provider or offline mode needs', () => {
    expect(lines({ schemaVersion: 1, chat: { provider: 'mailto', offline: { mode: 'url' } } })).toEqual([
      'chat.email: With "provider": "mailto", add "email": the support address.',
      'chat.offline.url: With "mode": "url", add "url": the page to open (https or relative).',
    ]);
  });

  it('reports duplicate ids in every list, within the right scope', () => {
    expect(only(fixture('semantic-duplicate-ids')).message).toBe(
      'The hint id "tip" is already used by hints[0]. Hint ids must be unique in the document.',
    );
    const items = [
      { id: 'a', title: 'A', completeWhen: 'manual' },
      { id: 'a', title: 'B', completeWhen: 'manual' },
    ];
    const doc = {
      schemaVersion: 1,
      checklists: [
        { id: 'c', title: 'C', items },
        { id: 'c', title: 'D', items: [items[0]] },
      ],
      announcements: [
        { id: 'n', title: 'N' },
        { id: 'n', title: 'M' },
      ],
    };
    expect(lines(doc)).toEqual([
      'checklists[0].items[1].id: The item id "a" is already used by checklists[0].items[0]. Item ids must be unique within a checklist.',
      'checklists[1].id: The checklist id "c" is already used by checklists[0]. Checklist ids must be unique in the document.',
      'announcements[1].id: The announcement id "n" is already used by announcements[0]. Announcement ids must be unique in the document.',
    ]);
  });

  it('checks checklist dependencies: known items, no item waiting for itself', () => {
    expect(lines(fixture('semantic-depends-on'))).toEqual([
      'checklists[0].items[0].dependsOn: The item "a" depends on itself (a → b → a), so it stays locked for ever. Remove one of these dependencies.',
      'checklists[0].items[1].dependsOn[1]: There is no item with id "c" in this checklist. Did you mean "a"?',
      'checklists[0].items[1].dependsOn: The item "b" depends on itself (b → a → b), so it stays locked for ever. Remove one of these dependencies.',
    ]);
  });

  it('warns about frequency rules that do nothing or never allow a showing', () => {
    expect(lines(tour({ frequency: { per: 'P7D' } }))).toEqual([
      'tours[0].frequency.per: Warning: "per" has no effect without "max". Add "max", like "max": 1, "per": "P7D" (at most once a week).',
    ]);
    expect(validateGuide(tour({ frequency: { max: 0 } })).issues[0]).toMatchObject({
      severity: 'warning',
      path: 'tours[0].frequency.max',
    });
  });
});

describe('fixtures: the validator and ajv (JSON Schema 2020-12) agree', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

  it.each([...names('valid-'), ...names('invalid-')])('%s', (name) => {
    const doc = fixture(name);
    expect(validateGuide(doc).valid).toBe(ajv(doc));
    expect(ajv(doc)).toBe(name.startsWith('valid-'));
  });

  // What a schema cannot express (references, ranges, cycles, real calendar dates, link schemes): ajv
  // accepts these documents and only the validator finds the problem.
  it.each(names('semantic-'))('%s: schema-valid, rejected by the validator with one error', (name) => {
    const doc = fixture(name);
    expect(ajv(doc)).toBe(true);
    const { valid, issues } = validateGuide(doc);
    expect(valid).toBe(false);
    for (const issue of issues) expect(issue.message).toMatch(/^[A-Z"].*[.?]$/s);
  });

  it('has an invalid fixture for each new structural message', () => {
    expect(only(fixture('invalid-condition-kind-typo')).suggestion).toBe('event');
    expect(only(fixture('invalid-condition-mixed-kinds')).message).toContain('mixes "event" and "page"');
    expect(only(fixture('invalid-duration')).suggestion).toBe('P7D');
    expect(validateGuide(fixture('invalid-chat-hours')).issues.map((i) => i.suggestion)).toEqual([
      'mon',
      undefined,
      '09:00',
    ]);
  });
});
