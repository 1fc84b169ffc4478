/**
 * `waymark/vue`: a plugin that owns a Waymark instance for a Vue 3.5+ app, composables to reach it and listen to
 * its events, and the `isCustomElement` helper for the template compiler; importing it also types the `wm-*`
 * elements in templates (`GlobalComponents`, checked by vue-tsc).
 * @packageDocumentation
 */
import {
  inject,
  onScopeDispose,
  type App,
  type EmitFn,
  type HTMLAttributes,
  type InjectionKey,
  type PublicProps,
} from 'vue';
import { createWaymark, type Waymark, type WaymarkEventMap, type WaymarkOptions } from '../index.js';
import type {
  WaymarkElementClasses,
  WaymarkElementEvents,
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

/** The injection key under which {@link WaymarkPlugin} provides the instance (for `inject(waymarkKey)`). */
export const waymarkKey: InjectionKey<Waymark> = Symbol('waymark');

/**
 * Creates a Waymark instance when installed, provides it to every component ({@link useWaymark}), and destroys it
 * on `app.unmount()`. Pass `{ instance }` to provide an instance created elsewhere (then it is not destroyed).
 * @example
 * ```ts
 * createApp(App).use(WaymarkPlugin, { guides, userId: user.id }).mount('#app');
 * ```
 */
export const WaymarkPlugin = {
  install(app: App, options: WaymarkOptions | { instance: Waymark }): void {
    const own = !('instance' in options);
    const waymark = own ? createWaymark(options) : options.instance;
    app.provide(waymarkKey, waymark);
    if (own) app.onUnmount(() => waymark.destroy());
  },
};

/**
 * The app's Waymark instance; call it in `setup` (or anywhere `inject` works).
 * @throws when {@link WaymarkPlugin} was not installed (a setup mistake, reported at once).
 */
export function useWaymark(): Waymark {
  const waymark = inject(waymarkKey, null);
  if (!waymark) throw new Error('waymark/vue: install the plugin first: app.use(WaymarkPlugin, { guides })');
  return waymark;
}

/**
 * Listen to one Waymark event until the component (or effect scope) is unmounted; call it in `setup`.
 * @returns the unsubscribe function, to stop earlier.
 * @example
 * ```ts
 * useWaymarkEvent('tour:completed', (e) => console.log(e.tourId));
 * ```
 */
export function useWaymarkEvent<K extends keyof WaymarkEventMap>(
  type: K,
  listener: (event: WaymarkEventMap[K]) => void,
): () => void {
  const off = useWaymark().on(type, listener);
  onScopeDispose(off);
  return off;
}

/**
 * For the template compiler: `wm-*` tags are custom elements, not Vue components.
 * @example
 * ```ts
 * // vite.config.ts
 * vue({ template: { compilerOptions: { isCustomElement } } })
 * ```
 */
export const isCustomElement = (tag: string): boolean => tag.startsWith('wm-');

/**
 * The template type of a `wm-*` element for vue-tsc: the usual HTML attributes, its properties (camelCase or
 * kebab-case in templates; Vue sets them as properties), and its events (`@wm-toggle`).
 */
export type WaymarkVueElement<T extends WaymarkTag> = new () => WaymarkElementClasses[T] & {
  /** For template type-checking only. */
  $props: HTMLAttributes & WaymarkElementProperties<T> & PublicProps;
  /** For template type-checking only. */
  $emit: EmitFn<{ [V in keyof WaymarkElementEvents<T>]: (event: WaymarkElementEvents<T>[V]) => void }>;
};

/** The `wm-*` elements as Vue global components (for template type-checking). */
export type WaymarkGlobalComponents = { [T in WaymarkTag]: WaymarkVueElement<T> };

declare module 'vue' {
  interface GlobalComponents extends WaymarkGlobalComponents {}
}
