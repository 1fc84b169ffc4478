/**
 * The lazy loading of the tour's rare steps' code (`tour-extras.ts`: pages, targets a user cannot see, frames,
 * extra highlights). The common step never waits for it.
 * @packageDocumentation
 */
import type * as Extras from './tour-extras.js';

/** The rare steps' code (`route`, targets a user cannot see): `undefined` until loaded, `null` if it could not be. */
export let extras: typeof Extras | null | undefined;
let loading: Promise<unknown> | undefined;

/** Load the rare steps' code (once); resolves when {@link extras} is set, to the module or `null`. */
export const loadExtras = (): Promise<unknown> =>
  (loading ??= import('./tour-extras.js').then(
    (m) => (extras = m),
    () => (extras = null),
  ));
