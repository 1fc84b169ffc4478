/**
 * `waymark validate <files…>`: every problem of each guide document with its place, what was expected and the fix,
 * as text, JSON, or GitHub Actions annotations; exit code 1 when a document has errors.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { isRecord } from '../core/is-record.js';
import { validateGuide, type ValidationIssue } from '../validate/index.js';
import { UsageError, formatOption, parse, type CommandResult } from './args.js';
import { jsonOffsets, positionOf } from './json-locations.js';

/** One problem of a file, with where it is. */
export interface FileIssue extends ValidationIssue {
  /** 1-based line of the place (or of the nearest enclosing one that is in the file). */
  line: number;
  column: number;
}

/** The outcome for one file. */
export interface FileReport {
  file: string;
  valid: boolean;
  issues: FileIssue[];
}

const read = async (file: string) => {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
};

const located = (text: string, issues: ValidationIssue[], pathIn = (p: string) => p): FileIssue[] => {
  const offsets = jsonOffsets(text);
  return issues.map((issue) => {
    // A JSON syntax error names its line and column in the message.
    const syntax = /Line (\d+), column (\d+)/.exec(issue.message);
    const at = syntax
      ? { line: Number(syntax[1]), column: Number(syntax[2]) }
      : positionOf(text, offsets, pathIn(issue.path));
    return { ...issue, ...at };
  });
};

/**
 * Validate guide documents on disk, each on its own, or (`merge`) as parts of one document, the way an app that
 * keeps one file per feature joins them: lists concatenated, `translations` joined per language, other sections
 * taken from the last file that has them. Each problem is reported in the file it comes from.
 * @param files - paths of JSON guide documents.
 * @param merge - validate the files as one document.
 * @returns a report per file.
 */
export async function validateFiles(files: string[], merge = false): Promise<FileReport[]> {
  const texts = await Promise.all(files.map(read));
  const alone = (text: string, file: string): FileReport => {
    const { valid, issues } = validateGuide(text);
    return { file, valid, issues: located(text, issues) };
  };
  const parsed = texts.map((t) => {
    try {
      return JSON.parse(t.replace(/^\uFEFF/, '')) as unknown;
    } catch {
      return undefined;
    }
  });
  if (!merge || parsed.some((d) => !isRecord(d))) return texts.map((t, i) => alone(t, files[i]));
  // Join the parts, remembering where each file's items of each list start.
  const doc: Record<string, unknown> = {};
  const starts: Record<string, number>[] = [];
  const owner: Record<string, number> = {};
  parsed.forEach((part, i) => {
    starts.push({});
    for (const [key, value] of Object.entries(part as Record<string, unknown>)) {
      const prev = doc[key];
      if (Array.isArray(value)) {
        starts[i][key] = Array.isArray(prev) ? prev.length : 0;
        doc[key] = [...(Array.isArray(prev) ? prev : []), ...value];
      } else if (key == 'translations' && isRecord(prev) && isRecord(value)) {
        doc[key] = Object.fromEntries(
          [...new Set([...Object.keys(prev), ...Object.keys(value)])].map((tag) => [
            tag,
            { ...(prev[tag] as object), ...(value[tag] as object) },
          ]),
        );
      } else doc[key] = value;
      if (!Array.isArray(value)) owner[key] = i;
    }
  });
  const { issues } = validateGuide(doc);
  // The file an issue's path belongs to, and the path within that file.
  const home = (path: string): [file: number, path: string] => {
    const m = /^([^.[]+)(?:\[(\d+)\])?(.*)$/.exec(path);
    if (!m || !path) return [0, path];
    const [, key, index, rest] = m;
    if (index == null) return [owner[key] ?? 0, path];
    const n = Number(index);
    for (let i = starts.length - 1; i >= 0; i--)
      if (starts[i][key] != null && starts[i][key] <= n) return [i, `${key}[${n - starts[i][key]}]${rest}`];
    return [0, path];
  };
  return files.map((file, i) => {
    const mine = issues
      .filter((issue) => home(issue.path)[0] == i)
      .map((issue) => ({ ...issue, path: home(issue.path)[1] }));
    return { file, valid: !mine.some((x) => x.severity == 'error'), issues: located(texts[i], mine) };
  });
}

/** GitHub Actions workflow-command escaping (data and property values). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const plural = (n: number, word: string) => `${n} ${word}${n == 1 ? '' : 's'}`;

/**
 * The problems as text: per file, each problem's line, severity and path, then the message, what was expected and
 * the fix.
 * @param reports - from {@link validateFiles}.
 */
export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { file, issues } of reports) {
    if (!issues.length) {
      lines.push(`✔ ${file}`);
      continue;
    }
    lines.push(`${file}`);
    for (const issue of issues) {
      issue.severity == 'error' ? errors++ : warnings++;
      lines.push(`  ${issue.line}:${issue.column}  ${issue.severity.padEnd(7)}  ${issue.path || '(document)'}`);
      lines.push(`    ${issue.message}`);
      if (issue.expected) lines.push(`    expected: ${issue.expected}`);
      if (issue.received) lines.push(`    found:    ${issue.received}`);
      if (issue.suggestion) lines.push(`    fix:      ${JSON.stringify(issue.suggestion)}`);
    }
  }
  lines.push(
    errors || warnings
      ? `\n${errors ? '✖' : '⚠'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(reports.length, 'file')}`
      : `\n✔ ${plural(reports.length, 'file')} valid`,
  );
  return lines.join('\n');
}

/**
 * The problems as GitHub Actions annotations (`::error file=…,line=…,col=…,title=…::message`), which the Actions
 * log shows on the file's line in the pull request.
 * @param reports - from {@link validateFiles}.
 */
export function formatGithub(reports: FileReport[]): string {
  return reports
    .flatMap(({ file, issues }) =>
      issues.map((i) => {
        const detail = [i.message, i.expected && `Expected: ${i.expected}`].filter(Boolean).join('\n');
        return `::${i.severity == 'error' ? 'error' : 'warning'} file=${escapeProperty(file)},line=${i.line},col=${i.column},title=${escapeProperty(`waymark: ${i.path || '(document)'}`)}::${escapeData(detail)}`;
      }),
    )
    .join('\n');
}

/**
 * The `validate` command.
 * @param args - the arguments after `validate`.
 * @param env - the environment (`GITHUB_ACTIONS` adds annotations).
 */
export async function validateCommand(args: string[], env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    strict: { type: 'boolean' },
    merge: { type: 'boolean' },
  });
  if (!positionals.length) throw new UsageError('validate needs at least one file: waymark validate guides.json');
  const format = formatOption(values.format, ['text', 'json', 'github'] as const);
  const reports = await validateFiles(positionals, values.merge);
  const failed = reports.some((r) => !r.valid || (values.strict && r.issues.length));
  const code = failed ? 1 : 0;
  if (format == 'json') return { out: JSON.stringify({ valid: !failed, files: reports }, null, 2), code };
  if (format == 'github') return { out: formatGithub(reports), err: formatText(reports), code };
  // In GitHub Actions the text report also gets annotations on the changed lines.
  const annotations = env.GITHUB_ACTIONS == 'true' ? formatGithub(reports) : '';
  return { out: [formatText(reports), annotations].filter(Boolean).join('\n'), code };
}
