import type { ReadableAtom } from 'nanostores';

/**
 * Run something once nothing holds a slot (e.g. no tour step or announcement is on screen): at once when it is
 * free, else on a later microtask after it becomes free (checked again then, in case something took it back).
 * @param busy - the slot: anything truthy means busy.
 * @param run - what to run.
 * @returns cancel (run will not be called).
 */
export function whenIdle(busy: ReadableAtom<unknown>, run: () => void): () => void {
  let off = () => {};
  let cancelled = false;
  const check = () => {
    if (cancelled) return;
    if (!busy.get()) return run();
    off = busy.listen((value) => {
      if (value) return;
      off();
      queueMicrotask(check);
    });
  };
  check();
  return () => ((cancelled = true), off());
}
