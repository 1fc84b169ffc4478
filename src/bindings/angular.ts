/**
 * `waymark/angular`: provide a Waymark instance to an Angular (20+) application and inject it anywhere. Plain
 * functions and an `InjectionToken`, so no Angular compiler step is involved. Components that place `wm-*`
 * elements declare `schemas: [CUSTOM_ELEMENTS_SCHEMA]`.
 * @packageDocumentation
 */
import {
  DestroyRef,
  InjectionToken,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { createWaymark, type Waymark, type WaymarkEventMap, type WaymarkOptions } from '../index.js';

/** The token under which {@link provideWaymark} provides the instance (`inject(WAYMARK)`). */
export const WAYMARK = new InjectionToken<Waymark>('waymark');

/**
 * Providers for `bootstrapApplication` / `ApplicationConfig` (or a route's `providers`): the instance is created
 * when the environment injector starts (so tours resume and placed `wm-*` elements work even if no code injects
 * it), and destroyed with that injector (when the application is destroyed). Given an instance instead, provides
 * it and leaves its lifetime to you.
 * @example
 * ```ts
 * export const appConfig: ApplicationConfig = { providers: [provideWaymark({ guides, userId: 'u1' })] };
 * ```
 */
export function provideWaymark(options: WaymarkOptions | Waymark): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: WAYMARK,
      useFactory: () => {
        if (!('guides' in options)) return options;
        const waymark = createWaymark(options);
        inject(DestroyRef).onDestroy(() => waymark.destroy());
        return waymark;
      },
    },
    provideEnvironmentInitializer(() => void inject(WAYMARK)),
  ]);
}

/**
 * The instance from {@link provideWaymark}; call it in an injection context (a constructor, a field initialiser,
 * `runInInjectionContext`).
 */
export function injectWaymark(): Waymark {
  return inject(WAYMARK);
}

/**
 * Listen to one Waymark event until the current injection context (component, directive, service) is destroyed;
 * call it in an injection context.
 * @returns the unsubscribe function, to stop earlier.
 * @example
 * ```ts
 * constructor() { injectWaymarkEvent('tour:completed', (e) => this.done.set(e.tourId)); }
 * ```
 */
export function injectWaymarkEvent<K extends keyof WaymarkEventMap>(
  type: K,
  listener: (event: WaymarkEventMap[K]) => void,
): () => void {
  const off = injectWaymark().on(type, listener);
  inject(DestroyRef).onDestroy(off);
  return off;
}
