/**
 * Add an event listener and get back the function that removes it.
 * @param target - the element, document, window or other event target.
 * @param type - the event type, e.g. `"keydown"`.
 * @param fn - the listener.
 * @param options - passed to both `addEventListener` and `removeEventListener`.
 * @returns the cleanup that removes the listener.
 */
export function listen<E extends Event = Event>(
  target: EventTarget,
  type: string,
  fn: (event: E) => void,
  options?: AddEventListenerOptions | boolean,
): () => void {
  target.addEventListener(type, fn as EventListener, options);
  return () => target.removeEventListener(type, fn as EventListener, options);
}
