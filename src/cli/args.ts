/**
 * The command line's small shared parts: options, output formats, errors that end a command with a message.
 * @packageDocumentation
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A problem with how the command was called or with its input: printed without a stack, exit code 2. */
export class UsageError extends Error {}

/** What a command writes and how it ends. */
export interface CommandResult {
  /** Text for stdout. */
  out: string;
  /** Text for stderr (notes, progress). */
  err?: string;
  /** The process exit code: 0 fine, 1 problems found, 2 could not run. */
  code: number;
}

/**
 * Parse a command's arguments strictly, as a {@link UsageError} when they are wrong.
 * @param args - the arguments after the command name.
 * @param options - the options the command takes.
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * The output format asked for, checked against the ones a command supports.
 * @param value - the `--format` value.
 * @param allowed - the formats, the default first.
 */
export function formatOption<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  if (value == null) return allowed[0];
  if (!allowed.includes(value as F))
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as F;
}
