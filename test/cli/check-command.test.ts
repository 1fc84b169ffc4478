import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { CHROMIUM_PATH: chromium };
const dir = mkdtempSync(join(tmpdir(), 'waymark-check-'));

const pages: Record<string, string> = {
  '/': `<!doctype html><title>App</title>
    <button id="create">New project</button>
    <div id="gone" style="display:none">Hidden</div>
    <button class="row">1</button><button class="row">2</button>
    <div id="under" style="position:absolute;top:200px;left:10px;width:100px;height:40px">Under</div>
    <div style="position:fixed;inset:0;background:#fff8" id="overlay"></div>
    <x-shell></x-shell>
    <div style="height:3000px"></div><p id="far">Far below</p>
    <script>
      customElements.define('x-shell', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<input aria-label="Search">'; } });
      setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<button id="late">Late</button>'), 400);
      document.querySelector('#overlay').style.pointerEvents = 'none';
      document.querySelector('#overlay').remove();
      document.body.insertAdjacentHTML('beforeend', '<div id="cover" style="position:absolute;top:190px;left:0;width:300px;height:80px;background:#000"></div>');
    </script>`,
  '/settings': `<!doctype html><title>Settings</title><h1 id="settings-title">Settings</h1>`,
};
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const page = pages[new URL(req.url!, 'http://x').pathname];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html' }).end(page ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const doc = {
  schemaVersion: 1,
  tours: [
    {
      id: 'welcome',
      steps: [
        { id: 'create', target: '[data-tour=create]', title: 'Broken on purpose' },
        { id: 'create-ok', target: ['#nope', '#create'], title: 'Visible, second fallback' },
        { id: 'hidden', target: '#gone', title: 'Hidden' },
        { id: 'covered', target: '#under', title: 'Covered' },
        { id: 'many', target: '.row', title: 'Many' },
        { id: 'shadow', target: 'x-shell >>> input', title: 'In a shadow root' },
        { id: 'far', target: '#far', title: 'Below the fold' },
        { id: 'late', target: '#late', title: 'Arrives late', waitTimeout: 2000 },
        { id: 'settings', target: '#settings-title', route: '/settings', title: 'On its page' },
        { id: 'project', target: '#x', route: '/projects/*', title: 'A route pattern' },
      ],
    },
  ],
  hints: [{ id: 'invalid', target: 'button[', title: 'Invalid CSS' }],
};
const file = join(dir, 'guides.json');
writeFileSync(file, JSON.stringify(doc));

describe('waymark check', () => {
  it('reports per target 0, 1 or many matches and whether a person can see it; exit code 1 when broken', async () => {
    const { code, out } = await run(['check', file, '--url', url, '--format', 'json'], env);
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.ok).toBe(false);
    const by = Object.fromEntries(
      (
        report.targets as {
          guide: string;
          status: string;
          matches?: number;
          visible?: boolean;
          reason?: string;
          url?: string;
        }[]
      ).map((t) => [t.guide.replace('tour welcome › step ', ''), t]),
    );
    expect(by.create).toMatchObject({ status: 'broken', matches: 0, visible: false });
    expect(by['create-ok']).toMatchObject({ status: 'ok', matches: 1, visible: true, selector: '#create' });
    expect(by.hidden).toMatchObject({
      status: 'broken',
      matches: 1,
      visible: false,
      reason: expect.stringContaining('hidden'),
    });
    expect(by.covered).toMatchObject({ status: 'broken', visible: false, reason: 'covered by <div#cover>' });
    expect(by.many).toMatchObject({ status: 'warning', matches: 2, visible: true });
    expect(by.shadow).toMatchObject({ status: 'ok', matches: 1, visible: true });
    expect(by.far).toMatchObject({ status: 'ok', visible: true });
    expect(by.late).toMatchObject({ status: 'ok', matches: 1 });
    expect(by.settings).toMatchObject({ status: 'ok', url: `${url}settings` });
    expect(by.project.url).toBeUndefined();
    expect(by.project).toMatchObject({
      status: 'warning',
      summary: expect.stringContaining('--visit'),
    });
    expect(by['hint invalid']).toMatchObject({ status: 'broken', matches: 0, invalid: ['button['] });
  }, 60000);

  it('prints a readable report, and checks a route pattern on the page given with --visit', async () => {
    const { code, out } = await run(['check', file, '--url', url, '--visit', '/projects/*=/settings'], env);
    expect(code).toBe(1);
    expect(out).toContain('✖ tour welcome › step create  0 matches for "[data-tour=create]"');
    expect(out).toContain('✔ tour welcome › step create-ok  1 match for "#create", visible');
    expect(out).toContain('✖ tour welcome › step project  0 matches for "#x"');
    expect(out).toContain(`tours[0].steps[9].target  on ${url}settings`);
    expect(out).toMatch(/✖ 5 of 11 targets broken$/);
  }, 60000);

  it('says clearly when there is no browser', async () => {
    const { code, err } = await run(['check', file, '--url', url, '--browser-path', join(dir, 'no-chrome')], env);
    expect(code).toBe(2);
    expect(err).toContain(`no browser at ${join(dir, 'no-chrome')} (from --browser-path)`);
    expect((await run(['check', file], env)).err).toContain('usage: waymark check');
  });
});

describe('the built program', () => {
  it('runs from the command line: validate and check, with their exit codes', async () => {
    // The same bundle tsup makes for dist/cli.js (Node, ESM, playwright-core left outside).
    const cli = join(dir, 'cli.mjs');
    await build({
      entryPoints: ['src/cli/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: cli,
      external: ['playwright-core'],
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'error',
    });
    const exec = promisify(execFile);
    const node = (args: string[]) =>
      exec(process.execPath, [cli, ...args], { env: { ...process.env, ...env, GITHUB_ACTIONS: '' } }).then(
        (r) => ({ ...r, code: 0 }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const fine = await node(['validate', 'examples/vanilla/guides/tours.json']);
    expect(fine).toMatchObject({ code: 0, stdout: expect.stringContaining('✔ 1 file valid') });
    const typo = join(dir, 'typo.json');
    writeFileSync(
      typo,
      JSON.stringify({ schemaVersion: 1, tours: [{ id: 't', steps: [{ id: 'a', title: 'A', advanceOn: 'clik' }] }] }),
    );
    const failed = await node(['validate', typo, '--format', 'github']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`::error file=${typo},line=1,col=`);
    const checked = await node(['check', file, '--url', url]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('✖ tour welcome › step create  0 matches');
  }, 60000);
});
