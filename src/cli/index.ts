/**
 * The `waymark` command line: `validate`, `check` and `strings`. Built to `dist/cli.js` (the package's `bin`).
 * @packageDocumentation
 */
import { UsageError, type CommandResult } from './args.js';
import { checkCommand } from './check-command.js';
import { stringsCommand } from './strings-command.js';
import { validateCommand } from './validate-command.js';

const HELP = `waymark: check, test and translate guide documents

Usage:
  waymark validate <files…> [--merge] [--format text|json|github] [--strict]
      Every problem with its line, what was expected and the fix. Exit code 1 on errors (--strict: also on
      warnings). In GitHub Actions (or with --format github) problems are annotations on the file's lines.
      --merge: the files are parts of one document (one file per feature); references between them resolve.
  waymark check <file> --url <app-url> [--browser-path path] [--visit "/projects/*=/projects/42"] [--format json]
      Opens the app in headless Chromium (needs playwright-core and a Chromium or Chrome), visits each step's
      route and reports per target: 0, 1 or many matches, and whether a person can see it. Exit code 1 when a
      target is broken.
  waymark strings export <file> [--locale de] [--format json|csv] [--out file]
      The texts to translate: key, source text and the existing translation.
  waymark strings import <file> <strings-file> --locale de [--out file]
      The translated texts (JSON or CSV) back into the document's "translations".

Docs: https://github.com/waymark-dev/waymark#for-product-managers`;

/**
 * Run one command line.
 * @param argv - the arguments after the program name.
 * @param env - the environment.
 * @returns what to print and the exit code.
 */
export async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  const [command, ...args] = argv;
  try {
    if (command == 'validate') return await validateCommand(args, env);
    if (command == 'check') return await checkCommand(args, env);
    if (command == 'strings') return await stringsCommand(args);
    if (!command || command == 'help' || command == '--help' || command == '-h') return { out: HELP, code: 0 };
    throw new UsageError(`unknown command "${command}" (try: waymark --help)`);
  } catch (error) {
    if (error instanceof UsageError) return { out: '', err: `waymark: ${error.message}`, code: 2 };
    return { out: '', err: `waymark: ${(error as Error)?.stack ?? error}`, code: 2 };
  }
}

/** Run as a program (`dist/cli.js`). */
export async function main(): Promise<void> {
  const { out, err, code } = await run(process.argv.slice(2), process.env);
  if (out) process.stdout.write(out + '\n');
  if (err) process.stderr.write(err + '\n');
  process.exitCode = code;
}
