/** A listener for one event type. */
export type Listener<T> = (payload: T) => void;

/**
 * A tiny typed event emitter. `on` returns the function that removes the listener.
 * Listener errors are caught and reported through `onError` so one bad listener never breaks the
 * others or the host app.
 */
export interface Emitter<M> {
  /** Listen to one event; returns the unsubscribe function. */
  on<K extends keyof M>(type: K, listener: Listener<M[K]>): () => void;
  /** Listen to every event; the listener receives the payload with its `type`. */
  onAny(listener: Listener<{ [K in keyof M]: M[K] & { type: K } }[keyof M]>): () => void;
  /** Deliver an event to its listeners, then to `onAny` listeners. */
  emit<K extends keyof M>(type: K, payload: M[K]): void;
  /** Remove every listener. */
  clear(): void;
}

/**
 * Create a typed emitter.
 * @param onError - called when a listener throws; defaults to `console.error`.
 * @example
 * ```ts
 * const events = createEmitter<WaymarkEventMap>();
 * const off = events.on('tour:completed', (e) => console.log(e.tourId));
 * off();
 * ```
 */
export function createEmitter<M>(onError: (error: unknown) => void = (e) => console.error(e)): Emitter<M> {
  // Each set holds listeners of one event type's payload; `never` lets any of them in, and `call` is the one place
  // a payload meets its listeners.
  const map = new Map<keyof M | '*', Set<Listener<never>>>();
  const add = (type: keyof M | '*', listener: Listener<never>) => {
    let set = map.get(type);
    if (!set) map.set(type, (set = new Set()));
    set.add(listener);
    return () => void set!.delete(listener);
  };
  const call = (type: keyof M | '*', payload: unknown) => {
    for (const listener of [...(map.get(type) ?? [])]) {
      try {
        listener(payload as never);
      } catch (error) {
        onError(error);
      }
    }
  };
  return {
    on: add,
    onAny: (listener) => add('*', listener),
    emit(type, payload) {
      call(type, payload);
      call('*', { ...payload, type });
    },
    clear: () => map.clear(),
  };
}
