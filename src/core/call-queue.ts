/**
 * Calls made before an instance is ready wait here and are applied in order once it is: an event tracked before
 * the checklist chunk loaded would reach no listener; a tour started before stored progress was read would
 * overwrite what storage knew about it. A call runs at once when nothing is queued before it and what it needs is
 * there (`start` needs progress read, `track` and `escalate` the document's features loaded).
 */
export interface CallQueue {
  /**
   * Run `run` now when `ready` and nothing waits (returning its result), else queue it (returning undefined).
   * @param ready - whether what the call needs is there.
   * @param run - the call.
   * @param user - the call decides which tour or user is current (start, identify).
   * @param drop - settles the call if it is never applied (destroyed first).
   */
  call<T>(ready: boolean, run: () => T, user?: boolean, drop?: () => void): T | undefined;
  /** Apply the queued calls in order (awaiting each); a failing call never breaks the ones after it. */
  flush(): Promise<void>;
  /** Whether a queued call decides which tour or user is current. */
  decidesUser(): boolean;
  /** Drop every queued call (on destroy), settling each. */
  drop(): void;
}

/**
 * Create the queue of calls waiting for an instance to be ready.
 * @param destroyed - whether the instance is destroyed (calls are then dropped, and flushing stops).
 * @returns the queue.
 */
export function createCallQueue(destroyed: () => boolean): CallQueue {
  type Call = { run: () => unknown; user?: boolean; drop?: () => void };
  const queue: Call[] = [];
  let flushing = false;
  return {
    call(needs, run, user, drop) {
      if (destroyed()) return void drop?.();
      if (needs && !queue.length && !flushing) return run();
      queue.push({ run, user, drop });
    },
    async flush() {
      flushing = true;
      try {
        for (let next; !destroyed() && (next = queue.shift());) {
          try {
            await next.run();
          } catch {
            /* a queued call never breaks the ones after it */
          }
        }
      } finally {
        flushing = false;
      }
    },
    decidesUser: () => queue.some((c) => c.user),
    drop: () => queue.splice(0).forEach((c) => c.drop?.()),
  };
}
