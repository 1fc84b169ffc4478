/**
 * `waymark/react`: a provider that owns a Waymark instance for a React tree (React 18 and 19), a hook to reach it
 * and a hook to listen to its events; importing it also types the `wm-*` elements in JSX.
 *
 * StrictMode-safe (the double mount leaves exactly one live instance) and SSR-safe: nothing touches `document`
 * at import or render; the instance is created in an effect, so the server renders no Waymark node and
 * `useWaymark()` is `null` there. The module is marked `'use client'`, so a Next.js (App Router) server layout may
 * render `<WaymarkProvider>` directly when its options are serialisable (guides, userId); options with functions
 * (`chat.custom`, `onEvent`, `actions`) belong in a `'use client'` component of the app.
 * @packageDocumentation
 */
'use client';
import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type Key,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
} from 'react';
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

const WaymarkContext = createContext<Waymark | null>(null);

/** Props of {@link WaymarkProvider}: the options of the instance it creates, or an instance you created. */
export type WaymarkProviderProps = { children?: ReactNode } & (
  | {
      /**
       * Options of the instance the provider creates on mount and destroys on unmount. Read once, except
       * `guides` and `userId`: when they change (by identity), the provider calls `setGuides` / `identify`.
       */
      options: WaymarkOptions;
      instance?: undefined;
    }
  | {
      /** An instance created elsewhere: provided as is, and not destroyed by the provider. */
      instance: Waymark;
      options?: undefined;
    }
);

/**
 * Makes a Waymark instance available to its subtree ({@link useWaymark}, {@link useWaymarkEvent}).
 * @example
 * ```tsx
 * <WaymarkProvider options={{ guides, userId: user.id }}>
 *   <App />
 * </WaymarkProvider>
 * ```
 */
export function WaymarkProvider({ options, instance, children }: WaymarkProviderProps): ReactElement {
  const [created, setCreated] = useState<Waymark | null>(null);
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (instance) return;
    // Created in an effect: never on the server, and StrictMode's mount/unmount/mount destroys the first one at once.
    const waymark = createWaymark(latest.current!);
    setCreated(waymark);
    return () => {
      waymark.destroy();
      setCreated(null);
    };
  }, [instance]);
  const guides = options?.guides;
  const userId = options?.userId;
  const applied = useRef<[Waymark | null, unknown, unknown]>([null, guides, userId]);
  useEffect(() => {
    const [was, oldGuides, oldUser] = applied.current;
    applied.current = [created, guides, userId];
    // Only changes while the same instance lives: a new instance already started with the current options.
    if (!created || created != was) return;
    if (guides !== oldGuides) created.setGuides(guides);
    if (userId !== oldUser) void created.identify(userId);
  }, [created, guides, userId]);
  return createElement(WaymarkContext.Provider, { value: instance ?? created }, children);
}

/**
 * The Waymark instance of the nearest {@link WaymarkProvider}: `null` on the server, before the provider has
 * mounted in the browser, and outside a provider.
 */
export function useWaymark(): Waymark | null {
  return useContext(WaymarkContext);
}

/**
 * Listen to one Waymark event while the component is mounted (and an instance exists). The latest `listener` is
 * always called; changing it does not resubscribe.
 * @example
 * ```tsx
 * useWaymarkEvent('tour:completed', (e) => toast(`Finished ${e.tourId}`));
 * ```
 */
export function useWaymarkEvent<K extends keyof WaymarkEventMap>(
  type: K,
  listener: (event: WaymarkEventMap[K]) => void,
): void {
  const waymark = useWaymark();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => waymark?.on(type, (event) => latest.current(event)), [waymark, type]);
}

/**
 * The JSX props of a `wm-*` element in React: the usual HTML props, its attributes (kebab-case, as in markup),
 * its properties (React 19 sets them as properties on the element once it is defined), and `on<event>` listeners
 * (`onwm-toggle`; React 19).
 */
export type WaymarkJSXElement<T extends WaymarkTag> = HTMLAttributes<WaymarkElementClasses[T]> &
  RefAttributes<WaymarkElementClasses[T]> &
  WaymarkElementAttributes<T> &
  WaymarkElementProperties<T> &
  WaymarkElementEventProps<T> & {
    /** The `class` attribute (React 19 also accepts `className`). */
    class?: string;
    key?: Key | null;
  };

/** The `wm-*` elements as JSX intrinsic elements. */
export type WaymarkIntrinsicElements = { [T in WaymarkTag]: WaymarkJSXElement<T> };

declare module 'react' {
  // React 19 (and @types/react 18.3): JSX comes from `react/jsx-runtime`, i.e. `React.JSX`.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends WaymarkIntrinsicElements {}
  }
}

declare global {
  // Older @types/react 18: the global JSX namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends WaymarkIntrinsicElements {}
  }
}
