import type { ActionHandler, WaymarkContext } from './waymark-context.js';

/** The guide's action vocabulary routed to whoever handles each action (see {@link createActionRouter}). */
export interface ActionRouter {
  /** Run an action: the handlers of its name, newest first, until one takes it. Never throws. */
  run: WaymarkContext['run'];
  /** Add a handler for one action name; returns its removal. */
  handle: WaymarkContext['handle'];
  /** Whether some handler is registered for an action name. */
  handles(action: string): boolean;
}

/**
 * Create an instance's action router. A handler returning anything but `false` takes the action; the one added
 * last is asked first, so a feature (or the app) can override a built-in action.
 * @returns the router.
 */
export function createActionRouter(): ActionRouter {
  const handlers = new Map<string, ActionHandler[]>();
  return {
    handle(name, handler) {
      const list = handlers.get(name) ?? [];
      handlers.set(name, [...list, handler]);
      return () =>
        void handlers.set(
          name,
          (handlers.get(name) ?? []).filter((h) => h != handler),
        );
    },
    run(action, context) {
      try {
        for (const handler of [...(handlers.get(action.action) ?? [])].reverse())
          if (handler(action, context) !== false) return true;
      } catch (error) {
        console.error(error);
      }
      return false;
    },
    handles: (name) => !!handlers.get(name)?.length,
  };
}
