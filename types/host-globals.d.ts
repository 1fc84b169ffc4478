/**
 * The few globals every JavaScript host provides (browsers, Node, Deno, workers and edge runtimes all have them; they
 * are part of the WinterTC minimum common API) that `src/core` and `src/validate` use. `tsconfig.core.json` checks
 * those folders against ES2022 plus only these declarations, so headless code cannot reach for the DOM (`document`,
 * `window`, `HTMLElement`, `AbortSignal`) or for Node (`process`, `Buffer`) without the type-check failing.
 *
 * Add a global here only when every host has it. A DOM-like shape that core code receives from the page (an
 * element, an abort signal) is a small structural type in core instead (e.g. `AbortSignalLike`).
 */

/** A timer handle: a number in browsers, an object in Node. Only ever passed back to clear it. */
type HostTimer = unknown;

declare function setTimeout(callback: () => void, ms?: number): HostTimer;
declare function clearTimeout(timer: HostTimer): void;
declare function setInterval(callback: () => void, ms?: number): HostTimer;
declare function clearInterval(timer: HostTimer): void;
declare function queueMicrotask(callback: () => void): void;

declare const console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  info(...data: unknown[]): void;
  log(...data: unknown[]): void;
  debug(...data: unknown[]): void;
};

/** The WHATWG URL parser (every host has it): the parts core code reads. */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}
