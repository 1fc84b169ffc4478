/**
 * `waymark/svelte`: component-context helpers that own a Waymark instance for a Svelte 5 tree, an event helper, and
 * a `track` action; importing it also types the `wm-*` elements (`svelte/elements`, checked by svelte-check).
 * `waymark.$active` is a nanostores atom, which is already a Svelte store (`$active` in markup).
 * @packageDocumentation
 */
import { getContext, onDestroy, setContext } from 'svelte';
import type { HTMLAttributes } from 'svelte/elements';
import { createWaymark, type Waymark, type WaymarkEventMap, type WaymarkOptions } from '../index.js';
import type {
  WaymarkElementClasses,
  WaymarkElementAttributes,
  WaymarkElementEventProps,
  WaymarkElementProperties,
  WaymarkTag,
} from './element-types.js';

export type {
  WaymarkElementAttributes,
  WaymarkElementClasses,
  WaymarkElementEvents,
  WaymarkElementProperties,
  WaymarkTag,
} from './element-types.js';

const key = Symbol('waymark');

/**
 * In the root component's `<script>` (during initialisation): create a Waymark instance from `options`, put it in
 * the component context for its children ({@link getWaymark}) and destroy it when the component is destroyed.
 * Given an instance instead, provides it and leaves its lifetime to you.
 * @example
 * ```svelte
 * <script>
 *   import { setWaymark } from 'waymark/svelte';
 *   const waymark = setWaymark({ guides, userId: 'u1' });
 * </script>
 * ```
 */
export function setWaymark(options: WaymarkOptions | Waymark): Waymark {
  const own = 'guides' in options;
  const waymark = own ? createWaymark(options) : options;
  setContext(key, waymark);
  if (own) onDestroy(() => waymark.destroy());
  return waymark;
}

/**
 * The Waymark instance a parent put in context with {@link setWaymark}; call it during component initialisation.
 * @throws when no parent called `setWaymark` (a setup mistake, reported at once).
 */
export function getWaymark(): Waymark {
  const waymark = getContext<Waymark | undefined>(key);
  if (!waymark) throw new Error('waymark/svelte: call setWaymark({ guides }) in a parent component first');
  return waymark;
}

/**
 * Listen to one Waymark event until the component is destroyed; call it during component initialisation.
 * @returns the unsubscribe function, to stop earlier.
 * @example
 * ```ts
 * waymarkEvent('tour:completed', (e) => console.log(e.tourId));
 * ```
 */
export function waymarkEvent<K extends keyof WaymarkEventMap>(
  type: K,
  listener: (event: WaymarkEventMap[K]) => void,
): () => void {
  const off = getWaymark().on(type, listener);
  onDestroy(off);
  return off;
}

/** What {@link track} reports: an event name, or a name and its properties. */
export type TrackParameter = string | readonly [name: string, props?: Record<string, unknown>];

/**
 * An action that reports `waymark.track(name, props)` each time the element is clicked, to the instance in the
 * component context ({@link setWaymark}). Does nothing (and never throws) when there is none.
 * @example
 * ```svelte
 * <button use:track={'invite.sent'}>Invite</button>
 * <button use:track={['plan.upgraded', { plan: 'pro' }]}>Upgrade</button>
 * ```
 */
export function track(
  node: HTMLElement,
  parameter: TrackParameter,
): { update(parameter: TrackParameter): void; destroy(): void } {
  let waymark: Waymark | undefined;
  try {
    // Svelte runs actions with their component's context, so the instance set by a parent is reachable here.
    waymark = getContext(key);
  } catch {
    /* no component context: nothing to report to */
  }
  const click = () => {
    const [name, props] = typeof parameter == 'string' ? [parameter] : parameter;
    waymark?.track(name, props);
  };
  node.addEventListener('click', click);
  return {
    update: (next) => void (parameter = next),
    destroy: () => node.removeEventListener('click', click),
  };
}

/**
 * The Svelte attributes of a `wm-*` element: the usual HTML attributes, its attributes (kebab-case), its
 * properties (Svelte sets them as properties when the element has them), and `on<event>` listeners (`onwm-toggle`).
 */
export type WaymarkSvelteElement<T extends WaymarkTag> = HTMLAttributes<WaymarkElementClasses[T]> &
  WaymarkElementAttributes<T> &
  WaymarkElementProperties<T> &
  WaymarkElementEventProps<T>;

/** The `wm-*` elements for `svelte/elements`. */
export type WaymarkSvelteElements = { [T in WaymarkTag]: WaymarkSvelteElement<T> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends WaymarkSvelteElements {}
}
