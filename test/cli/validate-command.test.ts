import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { jsonOffsets, positionOf } from '../../src/cli/json-locations.js';

const dir = mkdtempSync(join(tmpdir(), 'waymark-cli-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const good = write(
  'good.json',
  JSON.stringify({ schemaVersion: 1, tours: [{ id: 't', title: 'T', steps: [{ id: 'a', title: 'A' }] }] }, null, 2),
);
const typo = write(
  'typo.json',
  '{\n  "schemaVersion": 1,\n  "tours": [\n    {\n      "id": "t",\n      "title": "T",\n      "steps": [\n        { "id": "a", "title": "A", "placement": "botom" }\n      ]\n    }\n  ]\n}\n',
);

describe('waymark validate', () => {
  it('exits 0 for a valid document and 1 on an error, naming line, path, expected value and fix', async () => {
    expect(await run(['validate', good])).toMatchObject({ code: 0, out: expect.stringContaining('✔') });
    const { code, out } = await run(['validate', typo, good]);
    expect(code).toBe(1);
    expect(out).toContain(`${typo}\n  8:36  error    tours[0].steps[0].placement\n    "botom" is not a placement.`);
    expect(out).toContain('expected: one of top, bottom, left, right (optionally -start/-end)');
    expect(out).toContain('fix:      "bottom"');
    expect(out).toContain(`✔ ${good}`);
    expect(out).toContain('1 error, 0 warnings in 2 files');
  });

  it('reports a JSON syntax error at its line', async () => {
    const broken = write('broken.json', '{\n  "schemaVersion": 1,\n  "tours": [\n    { "id": "t", }\n  ]\n}');
    const { code, out } = await run(['validate', broken, '--format', 'json']);
    expect(code).toBe(1);
    const [issue] = JSON.parse(out).files[0].issues;
    expect(issue).toMatchObject({ severity: 'error', line: 4 });
  });

  it('--format json: every issue with path, expected, suggestion and position', async () => {
    const { code, out } = await run(['validate', typo, '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      valid: false,
      files: [
        {
          file: typo,
          valid: false,
          issues: [
            expect.objectContaining({
              path: 'tours[0].steps[0].placement',
              severity: 'error',
              expected: 'one of top, bottom, left, right (optionally -start/-end)',
              suggestion: 'bottom',
              line: 8,
              column: 36,
            }),
          ],
        },
      ],
    });
  });

  it('annotates GitHub Actions logs with --format github, and by itself when GITHUB_ACTIONS is set', async () => {
    const github = await run(['validate', typo, '--format', 'github']);
    expect(github.code).toBe(1);
    expect(github.out).toBe(
      `::error file=${typo},line=8,col=36,title=waymark%3A tours[0].steps[0].placement::"botom" is not a placement. Expected one of top, bottom, left, right (optionally -start/-end). Did you mean "bottom"?%0AExpected: one of top, bottom, left, right (optionally -start/-end)`,
    );
    const ci = await run(['validate', typo], { GITHUB_ACTIONS: 'true' });
    expect(ci.out).toContain('::error file=');
    expect((await run(['validate', typo], {})).out).not.toContain('::error');
  });

  it('--merge validates one-file-per-feature parts as one document (the demo), each problem in its own file', async () => {
    const demo = ['announcements', 'chat', 'checklists', 'hints', 'proactive', 'tours'].map(
      (f) => `examples/vanilla/guides/${f}.json`,
    );
    // Alone, a file's references to another file's tours cannot resolve.
    expect((await run(['validate', ...demo])).code).toBe(1);
    expect(await run(['validate', '--merge', ...demo])).toMatchObject({ code: 0 });
    const hints = write(
      'hints.json',
      readFileSync('examples/vanilla/guides/hints.json', 'utf8').replace('"reports"', '"reprots"'),
    );
    const { code, out } = await run([
      'validate',
      '--merge',
      '--format',
      'json',
      ...demo.filter((f) => !f.includes('hints')),
      hints,
    ]);
    expect(code).toBe(1);
    const files = JSON.parse(out).files as {
      file: string;
      valid: boolean;
      issues: { path: string; suggestion?: string; line: number }[];
    }[];
    expect(files.filter((f) => !f.valid).map((f) => f.file)).toEqual([hints]);
    expect(files.at(-1)!.issues[0]).toMatchObject({
      path: 'hints[1].buttons[0].tour',
      suggestion: 'reports',
      line: 20,
    });
  });

  it('says how to call it when the arguments are wrong (exit code 2)', async () => {
    expect(await run(['validate'])).toMatchObject({ code: 2, err: expect.stringContaining('at least one file') });
    expect(await run(['validate', good, '--format', 'xml'])).toMatchObject({ code: 2 });
    expect(await run(['validate', join(dir, 'nope.json')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('ENOENT'),
    });
    expect(await run(['frobnicate'])).toMatchObject({ code: 2 });
    expect((await run(['--help'])).out).toContain('waymark strings export');
  });
});

describe('jsonOffsets', () => {
  it('finds keys, items and quoted keys, and the nearest ancestor of a missing path', () => {
    const text = '{\n  "a": [1, {"b": "x"}],\n  "translations": {"de": {"tours.t.title": "T"}}\n}';
    const at = jsonOffsets(text);
    expect(positionOf(text, at, 'a[1].b')).toEqual({ line: 2, column: 13 });
    expect(positionOf(text, at, 'translations.de["tours.t.title"]')).toEqual({ line: 3, column: 27 });
    expect(positionOf(text, at, 'a[1].missing')).toEqual({ line: 2, column: 12 });
    expect(positionOf(text, at, '')).toEqual({ line: 1, column: 1 });
  });
});
