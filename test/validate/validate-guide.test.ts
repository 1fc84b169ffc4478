import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues, validateGuide, type ValidationIssue } from '../../src/validate/index.js';
import schema from '../../schema.json' with { type: 'json' };

const fixture = (name: string) => readFileSync(new URL(`../fixtures/guides/${name}.json`, import.meta.url), 'utf8');
const example = () => JSON.parse(fixture('valid-example')) as any;

/** A one-tour document around the given steps (and tour fields). */
const doc = (steps: unknown[], tour: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  tours: [{ id: 'welcome', title: 'Welcome', steps, ...tour }],
  ...extra,
});
const errors = (input: unknown) => validateGuide(input).issues.filter((i) => i.severity === 'error');
const warnings = (input: unknown) => validateGuide(input).issues.filter((i) => i.severity === 'warning');
const at = (issues: ValidationIssue[], path: string) => issues.filter((i) => i.path === path);
const only = (input: unknown): ValidationIssue => {
  const { issues } = validateGuide(input);
  expect(issues, formatIssues(issues)).toHaveLength(1);
  return issues[0];
};

describe('validateGuide: valid documents', () => {
  it('accepts the example guide with no issues at all', () => {
    expect(validateGuide(example())).toEqual({ valid: true, issues: [] });
  });

  it.each(['valid-example', 'valid-full', 'valid-minimal', 'valid-proactive'])(
    'accepts %s as JSON text and as an object',
    (name) => {
      expect(validateGuide(fixture(name)).issues).toEqual([]);
      expect(validateGuide(JSON.parse(fixture(name))).issues).toEqual([]);
    },
  );

  it('accepts JSON text with a byte-order mark', () => {
    expect(validateGuide(`\uFEFF${fixture('valid-minimal')}`).valid).toBe(true);
  });
});

describe('validateGuide: the exact messages', () => {
  it('explains a placement typo with the allowed values and a suggestion', () => {
    const issue = only(fixture('invalid-placement-typo'));
    expect(issue).toEqual({
      path: 'tours[0].steps[2].placement',
      severity: 'error',
      message:
        '"botom" is not a placement. Expected one of top, bottom, left, right (optionally -start/-end). Did you mean "bottom"?',
      expected: 'one of top, bottom, left, right (optionally -start/-end)',
      received: '"botom"',
      suggestion: 'bottom',
    });
    expect(formatIssues([issue])).toBe(
      'tours[0].steps[2].placement: "botom" is not a placement. Expected one of top, bottom, left, right (optionally -start/-end). Did you mean "bottom"?',
    );
  });

  it('explains a start-tour button pointing at an unknown tour, suggesting the closest id', () => {
    const guide = {
      schemaVersion: 1,
      tours: [
        {
          id: 'welcome',
          title: 'Welcome',
          steps: [{ id: 'a', title: 'A', buttons: [{ label: 'More', action: 'start-tour', tour: 'onbording' }] }],
        },
        { id: 'onboarding', title: 'Onboarding', steps: [{ id: 'b', title: 'B' }] },
      ],
    };
    expect(only(guide)).toEqual({
      path: 'tours[0].steps[0].buttons[0].tour',
      severity: 'error',
      message: 'There is no tour with id "onbording". Did you mean "onboarding"?',
      expected: 'one of welcome, onboarding',
      received: '"onbording"',
      suggestion: 'onboarding',
    });
  });
});

describe('validateGuide: structure', () => {
  it('reports wrong types with what was expected and what was received', () => {
    const issues = errors(doc([{ id: 'a', title: 42, target: 7, showProgress: 'yes', spotlight: true, buttons: {} }]));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['tours[0].steps[0].title', '"title" should be text, but it is the number 42.'],
      ['tours[0].steps[0].target', '"target" should be text or a list of text ([ … ]), but it is the number 7.'],
      ['tours[0].steps[0].showProgress', '"showProgress" should be true or false, but it is the text "yes".'],
      ['tours[0].steps[0].spotlight', '"spotlight" should be an object ({ … }) or false, but it is true.'],
      ['tours[0].steps[0].buttons', '"buttons" should be a list of objects ([ … ]), but it is an object.'],
    ]);
    expect(issues[0]).toMatchObject({ expected: 'text', received: 'the number 42' });
  });

  it('reports missing required fields, naming the object and listing allowed values for enums', () => {
    const issues = errors({
      schemaVersion: 1,
      tours: [{ title: 'T', steps: [{ id: 'a', title: 'A', buttons: [{ label: 'Go' }] }] }],
    });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['tours[0].id', 'This tour has no "id", which is required.'],
      [
        'tours[0].steps[0].buttons[0].action',
        'This button has no "action", which is required: one of next, back, complete, dismiss, goto, start-tour, link, escalate, app.',
      ],
    ]);
    expect(errors({ schemaVersion: 1, tours: [{ id: 't', title: 'T' }] })[0].message).toBe(
      'This tour has no "steps", which is required.',
    );
  });

  it('suggests the intended property name for a typo, and does not also call the real one missing', () => {
    const issue = only(fixture('invalid-unknown-property'));
    expect(issue).toMatchObject({
      path: 'tours[0].steps[0].titel',
      message: '"titel" is not allowed on a step. Did you mean "title"?',
      suggestion: 'title',
    });
  });

  it('lists the allowed properties when an unknown one resembles none', () => {
    const issue = only(doc([{ id: 'a', title: 'A', spotlight: { colour: 'red' } }]));
    expect(issue.path).toBe('tours[0].steps[0].spotlight.colour');
    expect(issue.message).toBe('"colour" is not allowed in "spotlight". Allowed: padding, radius, clickThrough.');
  });

  it('says where a step-level key put in defaults belongs, and vice versa', () => {
    expect(only(fixture('invalid-step-key-in-defaults'))).toMatchObject({
      path: 'tours[0].defaults.advanceOn',
      message: `"advanceOn" is not allowed in a tour's defaults; it belongs on a step.`,
    });
    expect(only(doc([{ id: 'a', title: 'A' }], { placement: 'top' })).message).toBe(
      `"placement" is not allowed on a tour; it belongs in a tour's defaults or on a step.`,
    );
    expect(only(doc([{ id: 'a', title: 'A', label: 'Go' }])).message).toBe(
      '"label" is not allowed on a step; it belongs on a button (in "buttons").',
    );
  });

  it('suggests enum values for every enum, case and separator mistakes included', () => {
    const issues = errors(
      doc([
        {
          id: 'a',
          title: 'A',
          target: '#a',
          placement: 'Bottom_Start',
          advanceOn: 'clik',
          onMissing: 'skipp',
          buttons: [{ label: 'x', action: 'nxt', variant: 'primery' }],
        },
      ]),
    );
    expect(issues.map((i) => i.suggestion)).toEqual(['bottom-start', 'click', 'skip', 'next', 'primary']);
    expect(at(issues, 'tours[0].steps[0].advanceOn')[0].message).toBe(
      '"clik" is not a valid advanceOn value. Expected one of click, input, change, submit. Did you mean "click"?',
    );
    expect(at(issues, 'tours[0].steps[0].buttons[0].action')[0].message).toBe(
      '"nxt" is not an action. Expected one of next, back, complete, dismiss, goto, start-tour, link, escalate, app. Did you mean "next"?',
    );
    const far = only(doc([{ id: 'a', title: 'A', placement: 'somewhere' }]));
    expect(far.suggestion).toBeUndefined();
    expect(far.message).not.toContain('Did you mean');
  });

  it('reports numbers out of the documented range', () => {
    const issues = errors(fixture('invalid-out-of-range'));
    expect(issues.map((i) => [i.path, i.message, i.expected])).toEqual([
      [
        'tours[0].defaults.waitTimeout',
        '"waitTimeout" is 120000, but it must be between 0 and 60000.',
        'a number from 0 to 60000',
      ],
      [
        'tours[0].defaults.spotlight.padding',
        '"padding" is -4, but it must be between 0 and 200.',
        'a number from 0 to 200',
      ],
    ]);
    expect(
      validateGuide(doc([{ id: 'a', title: 'A', spotlight: { padding: 0, radius: 200 }, waitTimeout: 60000 }])).valid,
    ).toBe(true);
  });

  it('reports empty required text and ids with characters that are not allowed', () => {
    const issues = errors(doc([{ id: 'step one', title: '' }], { id: '' }));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['tours[0].id', '"id" is empty. Write at least 1 character.'],
      ['tours[0].steps[0].id', '"step one" is not a valid id: use only letters, digits and _ . : - (no spaces).'],
      ['tours[0].steps[0].title', '"title" is empty. Write at least 1 character.'],
    ]);
  });

  it('reports a tour with zero steps', () => {
    expect(only(fixture('invalid-empty-steps'))).toMatchObject({
      path: 'tours[0].steps',
      message: '"steps" is empty. Add at least one step.',
      received: 'an empty list',
    });
  });

  it('reports a missing or unsupported schemaVersion and says which version this build reads', () => {
    expect(only(fixture('invalid-missing-schema-version'))).toMatchObject({
      path: 'schemaVersion',
      message:
        'The document has no "schemaVersion". Add "schemaVersion": 1 (this version of Waymark reads guide format version 1).',
    });
    expect(only(fixture('invalid-schema-version')).message).toBe(
      '"schemaVersion" is the number 2, but this version of Waymark reads guide format version 1. Set "schemaVersion": 1.',
    );
    expect(only({ schemaVersion: '1' }).message).toBe('"schemaVersion" must be the number 1, not the text "1".');
  });

  it('checks the shape of the feature sections', () => {
    expect(validateGuide({ schemaVersion: 1, checklists: [], hints: [], announcements: [], segments: {} }).valid).toBe(
      true,
    );
    expect(errors({ schemaVersion: 1, checklists: [{ x: 1 }] }).map((i) => i.path)).toEqual([
      'checklists[0].id',
      'checklists[0].title',
      'checklists[0].items',
      'checklists[0].x',
    ]);
    expect(only({ schemaVersion: 1, checklists: {} }).message).toBe(
      '"checklists" should be a list of objects ([ … ]), but it is an object.',
    );
    expect(only({ schemaVersion: 1, hints: ['x'] })).toMatchObject({
      path: 'hints[0]',
      message: 'This hint should be an object ({ … }), but it is the text "x".',
    });
  });

  it('quotes property names that are not plain words in paths', () => {
    expect(only({ schemaVersion: 1, 'my key': 1 }).path).toBe('["my key"]');
  });
});

describe('validateGuide: ids and references', () => {
  it('reports duplicate tour ids and duplicate step ids within a tour (but not across tours)', () => {
    const guide = {
      schemaVersion: 1,
      tours: [
        {
          id: 'a',
          title: 'A',
          steps: [
            { id: 's', title: 'S' },
            { id: 's', title: 'S2' },
          ],
        },
        { id: 'a', title: 'A2', steps: [{ id: 's', title: 'S' }] },
      ],
    };
    expect(errors(guide).map((i) => [i.path, i.message])).toEqual([
      [
        'tours[0].steps[1].id',
        'The step id "s" is already used by tours[0].steps[0]. Step ids must be unique within a tour.',
      ],
      ['tours[1].id', 'The tour id "a" is already used by tours[0]. Tour ids must be unique in the document.'],
    ]);
  });

  it('reports goto buttons that point at a step that does not exist, with a suggestion', () => {
    const issue = only(
      doc([
        { id: 'intro', title: 'I' },
        { id: 'finish', title: 'F', buttons: [{ label: 'Again', action: 'goto', step: 'finsh' }] },
      ]),
    );
    expect(issue).toMatchObject({
      path: 'tours[0].steps[1].buttons[0].step',
      message: 'There is no step with id "finsh" in this tour. Did you mean "finish"?',
      expected: 'one of intro, finish',
      suggestion: 'finish',
    });
  });

  it('only accepts goto targets from the same tour', () => {
    const guide = {
      schemaVersion: 1,
      tours: [
        {
          id: 'a',
          title: 'A',
          steps: [{ id: 'one', title: 'x', buttons: [{ label: 'Go', action: 'goto', step: 'two' }] }],
        },
        { id: 'b', title: 'B', steps: [{ id: 'two', title: 'y' }] },
      ],
    };
    expect(only(guide).message).toBe('There is no step with id "two" in this tour.');
  });

  it('reports buttons missing what their action needs', () => {
    const issues = errors(
      doc([
        {
          id: 'a',
          title: 'A',
          buttons: [
            { label: '1', action: 'goto' },
            { label: '2', action: 'start-tour' },
            { label: '3', action: 'link' },
          ],
        },
      ]),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        'tours[0].steps[0].buttons[0].step',
        'A "goto" button needs "step": the id of the step in this tour to jump to.',
      ],
      ['tours[0].steps[0].buttons[1].tour', 'A "start-tour" button needs "tour": the id of the tour to start.'],
      ['tours[0].steps[0].buttons[2].href', 'A "link" button needs "href": the address to open.'],
    ]);
  });

  it('warns about button fields that the action ignores', () => {
    const issue = only(
      doc([{ id: 'a', title: 'A', buttons: [{ label: 'Next', action: 'next', href: 'https://x.test' }] }]),
    );
    expect(issue).toMatchObject({
      severity: 'warning',
      message: '"href" is only used by "link" buttons, so it is ignored on a "next" button.',
    });
  });
});

describe('validateGuide: links and selectors', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
  ])('rejects the unsafe link %j on a link button', (href) => {
    const issue = only(doc([{ id: 'a', title: 'A', buttons: [{ label: 'Go', action: 'link', href }] }]));
    expect(issue.path).toBe('tours[0].steps[0].buttons[0].href');
    expect(issue.message).toMatch(
      /^The link goes to .*, which uses "(javascript|data|vbscript):"\. That is not allowed/,
    );
    expect(issue.message).toContain('Use an http:, https: or mailto: link, or a relative link like /help.');
  });

  it.each([
    'https://example.com',
    'http://x.test/a?b#c',
    'mailto:help@example.com',
    '/help',
    'docs/start',
    '#top',
    '?q=1',
    '//cdn.test/x',
  ])('accepts the safe link %j', (href) => {
    expect(
      validateGuide(
        doc([{ id: 'a', title: 'A', body: `[x](${href})`, buttons: [{ label: 'Go', action: 'link', href }] }]),
      ).issues,
    ).toEqual([]);
  });

  it('rejects unsafe links in Markdown bodies', () => {
    const issue = only(
      doc([{ id: 'a', title: 'A', body: 'Safe [one](https://ok.test) and [bad](javascript:alert(document.cookie)).' }]),
    );
    expect(issue).toMatchObject({ path: 'tours[0].steps[0].body', severity: 'error' });
    expect(issue.message).toMatch(/^The body links to "javascript:alert\(document\.cookie", which uses "javascript:"/);
  });

  it.each([
    ['div[data-x', 'a "[" is never closed with "]"'],
    ['li:nth-child(2', 'a "(" is never closed with ")"'],
    ['a[title="x]', 'a double quote is never closed'],
    ['div]', 'there is a "]" without a matching "["'],
    ['nav >', 'it ends with ">", which needs something after it'],
    ['> a', 'it starts with ">", which needs something before it'],
    ['a,,b', 'it has an empty part between two commas'],
    ['   ', 'it is empty'],
    ['app-shell >>> ', 'there is nothing on one side of ">>>"'],
    ['>>> input', 'there is nothing on one side of ">>>"'],
    ['app-shell >>> input[type=search', 'a "[" is never closed with "]" (in the part "input[type=search")'],
  ])('rejects the selector %j: %s', (selector, problem) => {
    const issue = only(doc([{ id: 'a', title: 'A', target: selector }]));
    expect(issue.path).toBe('tours[0].steps[0].target');
    expect(issue.message).toBe(`${JSON.stringify(selector)} is not a valid CSS selector: ${problem}.`);
  });

  it('checks every selector of a fallback list, and rejects an empty list', () => {
    const issues = errors(
      doc([
        { id: 'a', title: 'A', target: ['#ok', 'div['] },
        { id: 'b', title: 'B', target: [] },
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual(['tours[0].steps[0].target[1]', 'tours[0].steps[1].target']);
    expect(issues[1].message).toContain('empty list');
  });

  it.each([
    '[data-tour=create-project]',
    'a[title="x]y"]',
    'a\\[b',
    'nav > ul li:nth-child(2n+1) a[href^="/x"]',
    'x-app >>> x-nav >>> button.go',
    'iframe#editor >>> .toolbar button',
    'h1, h2',
  ])('accepts the selector %j', (selector) => {
    expect(validateGuide(doc([{ id: 'a', title: 'A', target: selector }])).issues).toEqual([]);
  });

  it('asks the DOM selector parser when a document exists', () => {
    const calls: string[] = [];
    const fake = {
      createDocumentFragment: () => ({
        querySelector: (s: string) => {
          calls.push(s);
          if (s.includes(':bogus')) throw new SyntaxError('bad selector');
          return null;
        },
      }),
    };
    (globalThis as { document?: unknown }).document = fake;
    try {
      expect(only(doc([{ id: 'a', title: 'A', target: 'host >>> a:bogus' }])).message).toBe(
        '"host >>> a:bogus" is not a valid CSS selector: the browser cannot read it as a CSS selector (in the part "a:bogus").',
      );
      expect(calls).toEqual(['host', 'a:bogus']);
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  });
});

describe('validateGuide: highlight', () => {
  it('accepts selectors, fallback lists and iframe paths, and checks each selector', () => {
    expect(errors(doc([{ id: 'a', title: 'A', target: '#a', highlight: ['#b', ['#c', 'iframe#f >>> .d']] }]))).toEqual(
      [],
    );
    const issue = only(doc([{ id: 'a', title: 'A', target: '#a', highlight: ['#b', ['#c', 'a[href=']] }]));
    expect(issue.path).toBe('tours[0].steps[0].highlight[1][1]');
    expect(issue.message).toContain('is not a valid CSS selector');
    expect(at(errors(doc([{ id: 'a', title: 'A', highlight: '#b' }])), 'tours[0].steps[0].highlight')).toHaveLength(1);
  });

  it('warns that highlight does nothing without a spotlight', () => {
    expect(
      at(
        warnings(doc([{ id: 'a', title: 'A', target: '#a', highlight: ['#b'], spotlight: false }])),
        'tours[0].steps[0].highlight',
      )[0].message,
    ).toBe('"highlight" has no effect because this step has no spotlight ("spotlight": false). Remove one of them.');
    expect(
      at(
        warnings(doc([{ id: 'a', title: 'A', target: '#a', highlight: ['#b'] }], { defaults: { spotlight: false } })),
        'tours[0].steps[0].highlight',
      ),
    ).toHaveLength(1);
  });
});

describe('validateGuide: warnings', () => {
  it('warns (without failing) about a tour without a title, advanceOn without a target and a long body', () => {
    const guide = {
      schemaVersion: 1,
      tours: [{ id: 't', steps: [{ id: 'a', title: 'A', advanceOn: 'click', body: 'x'.repeat(700) }] }],
    };
    const result = validateGuide(guide);
    expect(result.valid).toBe(true);
    expect(result.issues.map((i) => [i.severity, i.path, i.message])).toEqual([
      [
        'warning',
        'tours[0]',
        'This tour has no "title". Add one: screen-reader users hear it, and analytics and the preview show it.',
      ],
      [
        'warning',
        'tours[0].steps[0].advanceOn',
        '"advanceOn" has no effect because this step has no "target" to watch. Add a target or remove advanceOn.',
      ],
      [
        'warning',
        'tours[0].steps[0].body',
        'The body is 700 characters long. Keep steps short: aim for under 600 characters, or split it into several steps.',
      ],
    ]);
    expect(warnings(doc([{ id: 'a', title: 'A', body: 'x'.repeat(600) }]))).toEqual([]);
  });

  it('marks warnings in the formatted output', () => {
    expect(
      formatIssues(validateGuide({ schemaVersion: 1, tours: [{ id: 't', steps: [{ id: 'a', title: 'A' }] }] }).issues),
    ).toBe(
      'tours[0]: Warning: This tour has no "title". Add one: screen-reader users hear it, and analytics and the preview show it.',
    );
  });
});

describe('validateGuide: many problems at once', () => {
  it('reports every problem in one pass, grouped by tour and step in document order', () => {
    const result = validateGuide(fixture('invalid-wrong-types'));
    expect(result.valid).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual([
      'schemaVersion',
      'tours[0].id',
      'tours[0].title',
      'tours[0].defaults.spotlight',
      'tours[0].defaults.showProgress',
      'tours[0].steps[0].title',
      'tours[0].steps[0].target',
      'tours[0].steps[0].buttons[0].action',
      'tours[0].steps[1]',
    ]);
  });

  it('keeps issues of a tour together even when structural and reference checks find them', () => {
    const guide = {
      schemaVersion: 1,
      tours: [
        {
          id: 'a',
          title: 'A',
          steps: [
            { id: 'x', title: 'X', buttons: [{ label: 'Go', action: 'goto', step: 'nope' }] },
            { id: 'y', title: 5 },
          ],
        },
        { id: 'b', title: 'B', steps: [{ id: 'z', title: 'Z', placement: 'up' }] },
      ],
    };
    expect(validateGuide(guide).issues.map((i) => i.path)).toEqual([
      'tours[0].steps[0].buttons[0].step',
      'tours[0].steps[1].title',
      'tours[1].steps[0].placement',
    ]);
  });
});

describe('validateGuide: JSON text', () => {
  it.each([
    [
      '{\n  "schemaVersion": 1,\n  "tours": [],\n}',
      4,
      1,
      'there is a comma before this "}"; remove the trailing comma',
    ],
    ['{\n  // comment\n  "schemaVersion": 1\n}', 2, 3, 'comments are not allowed in JSON'],
    ["{ 'schemaVersion': 1 }", 1, 3, `found a single quote; JSON needs double quotes (") around text`],
    ['{ schemaVersion: 1 }', 1, 3, 'the property name "schemaVersion" must be in double quotes'],
    ['{ "tours": [ {} {} ] }', 1, 17, 'expected "," or "]" but found "{" (a comma may be missing)'],
    ['{ "schemaVersion": }', 1, 20, 'a value is missing after this property name and ":"'],
    ['{ "title": "a\nb" }', 1, 14, 'a line break inside text is not allowed; write \\n instead'],
    ['{ "title": "open', 1, 12, 'this text value is never closed with a double quote (")'],
    ['{ "tours": [', 1, 13, 'the text ends before this list is closed with "]"'],
    ['{ "v": 01 }', 1, 9, 'expected "," or "}" but found "1" (a comma may be missing)'],
    ['{ "v": yes }', 1, 8, 'found "yes" without quotes; text must be in double quotes'],
    ['{} {}', 1, 4, 'there is more text after the end of the document'],
    ['', 1, 1, 'the text is empty or ends too early'],
  ])('locates the syntax error in %j', (text, line, column, problem) => {
    const issue = only(text);
    expect(issue.path).toBe('');
    expect(issue.message).toBe(`This is not valid JSON. Line ${line}, column ${column}: ${problem}.`);
    expect(formatIssues([issue])).toMatch(/^\(document\): This is not valid JSON\./);
  });

  it('shows the text around the error', () => {
    expect(only('{\n  "schemaVersion": 1,\n  "tours": [,]\n}').received).toBe('"tours": [,]');
  });

  it('validates the content of JSON text like an object', () => {
    expect(only(JSON.stringify(doc([{ id: 'a', title: 'A', placement: 'botom' }]))).suggestion).toBe('bottom');
  });
});

describe('validateGuide: never throws', () => {
  const cases: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['true', true],
    ['an array', [1, 2, 3]],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a string that is not JSON', 'hello, tour'],
    ['JSON null', 'null'],
    ['tours as an object', { schemaVersion: 1, tours: { id: 'x' } }],
    ['steps as a string', { schemaVersion: 1, tours: [{ id: 'x', steps: 'abc' }] }],
    [
      'tours of garbage',
      { schemaVersion: 1, tours: [null, 1, 'x', [], [[]], { steps: [null, { buttons: [null, 'x', { action: 5 }] }] }] },
    ],
    [
      'everything wrong',
      {
        schemaVersion: [],
        tours: [
          {
            id: {},
            title: [],
            defaults: [],
            steps: [{ id: null, title: {}, target: [1, null, {}], body: 5, buttons: 'x' }],
          },
        ],
      },
    ],
    ['a class instance', { schemaVersion: 1, tours: [new Date()] }],
    ['NaN numbers', doc([{ id: 'a', title: 'A', waitTimeout: Number.NaN, spotlight: { padding: Infinity } }])],
  ];

  it.each(cases)('reports %s as errors', (_name, input) => {
    const result = validateGuide(input);
    expect(result.valid).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message).toMatch(/^[A-Z"(].*[.?]$/s);
    }
  });

  it('says what the document should look like when it is not an object', () => {
    expect(only(42).message).toBe(
      'The document should be a JSON object like { "schemaVersion": 1, "tours": [ … ] }, but it is the number 42.',
    );
    expect(only([]).message).toBe(
      'The document should be a JSON object like { "schemaVersion": 1, "tours": [ … ] }, but it is an empty list.',
    );
  });

  it('turns an internal failure into an issue instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    const result = validateGuide(hostile);
    expect(result.valid).toBe(false);
    expect(result.issues.at(-1)?.message).toMatch(/^The validator could not finish checking this guide \(boom\)/);
  });

  it('handles huge and deeply nested input', () => {
    const steps = Array.from({ length: 5000 }, (_, i) => ({
      id: `s${i}`,
      title: i % 2 ? `Step ${i}` : '',
      placement: 'botom',
    }));
    const result = validateGuide(doc(steps));
    expect(result.issues.filter((i) => i.path.endsWith('.placement'))).toHaveLength(5000);
    expect(result.issues.filter((i) => i.path.endsWith('.title'))).toHaveLength(2500);

    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(only(deep).message).toContain('should be a JSON object');
    expect(only('['.repeat(200_000)).message).toMatch(
      /^This is not valid JSON\. Line 1, column 200001: the text ends before this list is closed/,
    );
    const nested = (depth: number) => JSON.parse(`${'{"not":'.repeat(depth)}{"page":"/x"}${'}'.repeat(depth)}`);
    expect(validateGuide(doc([{ id: 'a', title: 'A' }], { trigger: nested(1000) })).valid).toBe(true);
    expect(validateGuide(doc([{ id: 'a', title: 'A' }], { trigger: nested(100_000) })).valid).toBe(false);
    expect(only(doc([{ id: 'a', title: 'A', target: 'x'.repeat(100_000) + '[' }])).message.length).toBeLessThan(200);
  });
});

describe('validator and schema agree', () => {
  it('reads its version from the schema', () => {
    expect(schema.$defs.GuideDocument.properties.schemaVersion.const).toBe(1);
    expect(only({ schemaVersion: 3 }).expected).toBe(String(schema.$defs.GuideDocument.properties.schemaVersion.const));
  });

  it('uses the schema bounds: one past each documented bound is rejected, the bound itself accepted', () => {
    const { padding } = schema.$defs.SpotlightOptions.properties;
    const { waitTimeout } = schema.$defs.StepDefaults.properties;
    const step = (spotlightPadding: number, wait: number) =>
      doc([{ id: 'a', title: 'A', spotlight: { padding: spotlightPadding }, waitTimeout: wait }]);
    expect(validateGuide(step(padding.maximum, waitTimeout.maximum)).valid).toBe(true);
    expect(errors(step(padding.maximum + 1, waitTimeout.maximum + 1))).toHaveLength(2);
    expect(errors(step(padding.minimum - 1, waitTimeout.minimum - 1))).toHaveLength(2);
  });

  it('accepts every placement, action and policy the schema lists', () => {
    const steps = schema.$defs.Placement.enum.map((placement, i) => ({
      id: `s${i}`,
      title: 'T',
      target: '#x',
      placement,
      onMissing: schema.$defs.MissingTargetPolicy.enum[i % 3],
      advanceOn: schema.$defs.AdvanceOn.enum[i % 4],
    }));
    const buttons = schema.$defs.ButtonAction.enum.map((action) => ({
      label: action,
      action,
      step: 's0',
      tour: 'welcome',
      href: '/x',
      name: 'x',
      reason: 'y',
    }));
    const result = validateGuide(doc([...steps, { id: 'b', title: 'B', buttons }]));
    expect(result.valid, formatIssues(result.issues)).toBe(true);
    expect(result.issues.every((i) => i.severity === 'warning' && i.message.includes('is only used by'))).toBe(true);
  });
});
