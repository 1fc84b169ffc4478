/**
 * `waymark check <file> --url <app-url>`: opens the app in headless Chromium, visits each step's page and reports
 * per target whether it matches 0, 1 or many elements and whether a person can see it; exit code 1 when one is
 * broken. Needs `playwright-core` (an optional dependency) and a Chromium or Chrome on the machine.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRecord } from '../core/is-record.js';
import { matchPath } from '../core/conditions/match-path.js';
import { UsageError, formatOption, parse, type CommandResult } from './args.js';
import { probeTarget, type Probe } from './probe-target.js';

/** A target of the document to check: a step's target or highlight, or a hint's. */
export interface TargetToCheck {
  /** `tour welcome › step create`, `hint filters`. */
  guide: string;
  /** Its place in the document, in the validator's path syntax. */
  path: string;
  selectors: string[];
  /** The step's route pattern, if any. */
  route?: string;
  /** How long the app may take to show it (the step's `waitTimeout`), in ms. */
  wait: number;
}

/** The finding for one target. */
export interface TargetReport extends TargetToCheck, Partial<Probe> {
  /** The page it was checked on, or undefined when it could not be. */
  url?: string;
  /** `ok`, `warning` (many matches, or not checked) or `broken` (no match, invalid, or nobody can see it). */
  status: 'ok' | 'warning' | 'broken';
  /** One line for people. */
  summary: string;
}

const list = (v: unknown): string[] =>
  typeof v == 'string' ? [v] : Array.isArray(v) ? v.filter((s): s is string => typeof s == 'string') : [];

/**
 * Every target of a guide document: steps' `target` and `highlight`, hints' `target`.
 * @param doc - the parsed document.
 */
export function targetsOf(doc: Record<string, unknown>): TargetToCheck[] {
  const out: TargetToCheck[] = [];
  const tours = Array.isArray(doc.tours) ? doc.tours : [];
  tours.forEach((tour: unknown, t) => {
    if (!isRecord(tour) || !Array.isArray(tour.steps)) return;
    const defaults = isRecord(tour.defaults) ? tour.defaults : {};
    tour.steps.forEach((step: unknown, s) => {
      if (!isRecord(step)) return;
      const guide = `tour ${tour.id} › step ${step.id}`;
      const route = typeof step.route == 'string' ? step.route : undefined;
      const wait = Math.min(Number(step.waitTimeout ?? defaults.waitTimeout ?? 3000) || 0, 10000);
      const path = `tours[${t}].steps[${s}]`;
      if (step.target != null) out.push({ guide, path: `${path}.target`, selectors: list(step.target), route, wait });
      if (Array.isArray(step.highlight))
        step.highlight.forEach((h, i) =>
          out.push({ guide: `${guide} (highlight)`, path: `${path}.highlight[${i}]`, selectors: list(h), route, wait }),
        );
    });
  });
  (Array.isArray(doc.hints) ? doc.hints : []).forEach((hint: unknown, h) => {
    if (isRecord(hint) && hint.target != null)
      out.push({ guide: `hint ${hint.id}`, path: `hints[${h}].target`, selectors: list(hint.target), wait: 3000 });
  });
  return out;
}

/** Where the browser may be: the option, `CHROMIUM_PATH`, then the usual places. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * The browser executable to use.
 * @param option - `--browser-path`.
 * @param env - the environment (`CHROMIUM_PATH`).
 * @returns its path; undefined to let Playwright use its own downloaded browser.
 */
export function findBrowser(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const asked = option ?? env.CHROMIUM_PATH;
  if (asked) {
    if (!existsSync(asked))
      throw new UsageError(`no browser at ${asked} (from ${option ? '--browser-path' : 'CHROMIUM_PATH'})`);
    return asked;
  }
  return BROWSERS.find((p) => existsSync(p));
}

/** The page a route pattern is checked on: the app's URL when it matches, a `--visit` mapping, or a plain path. */
const pageFor = (base: URL, route: string | undefined, visits: [string, string][]): string | undefined => {
  if (!route) return base.href;
  const mapped = visits.find(([pattern]) => pattern == route)?.[1];
  if (mapped) return new URL(mapped, base).href;
  if (matchPath(route, base.pathname)) return base.href;
  if (!route.includes('*')) return new URL(route, base).href;
  return undefined;
};

const summarize = (r: TargetReport): string => {
  if (!r.url)
    return `not checked: the route "${r.route}" is a pattern; say which page to open with --visit "${r.route}=/a/real/path"`;
  const bad = r.invalid?.length ? `; not valid CSS: ${r.invalid.join(', ')}` : '';
  if (!r.matches) return `0 matches for ${r.selectors.map((s) => JSON.stringify(s)).join(' or ')}${bad}`;
  const n = r.matches == 1 ? '1 match' : `${r.matches} matches (the first is used; make the selector specific)`;
  return `${n} for ${JSON.stringify(r.selector)}, ${r.visible ? 'visible' : `NOT visible: ${r.reason}`}${bad}`;
};

/** How `check` reaches a browser (Playwright's `chromium`, or a stand-in in tests). */
interface Chromium {
  launch(options: { executablePath?: string; args?: string[]; headless?: boolean }): Promise<Browser>;
}
interface Browser {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  goto(url: string, options?: { waitUntil?: 'load'; timeout?: number }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
  close(): Promise<void>;
}

const loadChromium = async (): Promise<Chromium> => {
  // Next to waymark first, then in the project the command runs in (npx, a global install).
  const name = 'playwright-core';
  type Module = { chromium?: Chromium; default?: { chromium?: Chromium } };
  // playwright-core is CommonJS: its exports may come as the default export only.
  const chromiumOf = (m: Module) =>
    m.chromium ?? m.default?.chromium ?? Promise.reject(new Error('no chromium export'));
  try {
    return await chromiumOf((await import(name)) as Module);
  } catch {
    /* try the project's */
  }
  try {
    const path = createRequire(join(process.cwd(), 'package.json')).resolve(name);
    return await chromiumOf((await import(pathToFileURL(path).href)) as Module);
  } catch {
    throw new UsageError(
      'waymark check needs playwright-core, which is not installed. Install it next to waymark: npm install --save-dev playwright-core',
    );
  }
};

/**
 * Check each target of a document on the running app.
 * @param doc - the parsed document.
 * @param options - the app's URL, the browser, extra pages for route patterns, the viewport.
 */
export async function checkTargets(
  doc: Record<string, unknown>,
  options: {
    url: string;
    browserPath?: string;
    visits?: [string, string][];
    viewport?: { width: number; height: number };
  },
): Promise<TargetReport[]> {
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new UsageError(`--url must be an absolute address like http://localhost:5173/ (got "${options.url}")`);
  }
  const targets = targetsOf(doc);
  const chromium = await loadChromium();
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: options.browserPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
  } catch (error) {
    throw new UsageError(
      `could not start Chromium${options.browserPath ? ` at ${options.browserPath}` : ''}: ${String((error as Error).message).split('\n')[0]}\n` +
        `Install Chromium or Chrome, or point to one with --browser-path or CHROMIUM_PATH (looked in ${BROWSERS.slice(0, 4).join(', ')}, …).`,
    );
  }
  try {
    const reports: TargetReport[] = [];
    const byPage = new Map<string | undefined, TargetToCheck[]>();
    for (const t of targets) {
      const url = pageFor(base, t.route, options.visits ?? []);
      byPage.set(url, [...(byPage.get(url) ?? []), t]);
    }
    for (const [url, group] of byPage) {
      if (!url) {
        for (const t of group) reports.push(finish({ ...t, status: 'warning', summary: '' }));
        continue;
      }
      const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30000 });
      } catch (error) {
        throw new UsageError(`could not open ${url}: ${String((error as Error).message).split('\n')[0]}`);
      }
      // Targets that arrive late get the time their step would give them (the page's missing ones wait together).
      const probes = new Map<TargetToCheck, Probe>();
      const started = Date.now();
      for (;;) {
        for (const t of group)
          if (!probes.get(t)?.matches) probes.set(t, await page.evaluate(probeTarget, t.selectors));
        const waiting = group.filter((t) => {
          const p = probes.get(t)!;
          return !p.matches && p.invalid.length < t.selectors.length && Date.now() - started < t.wait;
        });
        if (!waiting.length) break;
        await page.waitForTimeout(200);
      }
      for (const t of group) {
        const probe = probes.get(t)!;
        const broken = !probe.matches || !probe.visible || probe.invalid.length > 0;
        const status = broken ? 'broken' : probe.matches > 1 ? 'warning' : 'ok';
        reports.push(finish({ ...t, ...probe, url, status, summary: '' }));
      }
      await page.close();
    }
    return targets.map((t) => reports.find((r) => r.path == t.path)!);
  } finally {
    await browser.close();
  }
}

const finish = (r: TargetReport): TargetReport => ({ ...r, summary: summarize(r) });

/**
 * The `check` command.
 * @param args - the arguments after `check`.
 * @param env - the environment (`CHROMIUM_PATH`).
 */
export async function checkCommand(args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const { values, positionals } = parse(args, {
    url: { type: 'string' },
    'browser-path': { type: 'string' },
    visit: { type: 'string', multiple: true },
    format: { type: 'string' },
  });
  const [file] = positionals;
  if (!file || !values.url)
    throw new UsageError(
      'usage: waymark check <file> --url <app-url> [--browser-path path] [--visit "/route/*=/route/1"] [--format json]',
    );
  const format = formatOption(values.format, ['text', 'json'] as const);
  let doc: unknown;
  try {
    doc = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`cannot read ${file} as JSON (${(error as Error).message}); run: waymark validate ${file}`);
  }
  if (!isRecord(doc)) throw new UsageError(`${file} is not a guide document`);
  const visits = (values.visit ?? []).map((v) => {
    const i = v.indexOf('=');
    if (i < 1) throw new UsageError(`--visit takes "route-pattern=path" (got "${v}")`);
    return [v.slice(0, i), v.slice(i + 1)] as [string, string];
  });
  const reports = await checkTargets(doc, {
    url: values.url,
    browserPath: findBrowser(values['browser-path'], env),
    visits,
  });
  const broken = reports.filter((r) => r.status == 'broken').length;
  const code = broken ? 1 : 0;
  if (format == 'json') return { out: JSON.stringify({ ok: !broken, targets: reports }, null, 2), code };
  const icon = { ok: '✔', warning: '⚠', broken: '✖' };
  const lines = reports.map(
    (r) => `${icon[r.status]} ${r.guide}  ${r.summary}\n    ${file} ${r.path}${r.url ? `  on ${r.url}` : ''}`,
  );
  lines.push(
    reports.length
      ? `\n${broken ? `✖ ${broken} of ${reports.length} targets broken` : `✔ ${reports.length} targets found and visible`}`
      : 'No targets in this document.',
  );
  return { out: lines.join('\n'), code };
}
