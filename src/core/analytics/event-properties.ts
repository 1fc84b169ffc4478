/**
 * Any Waymark event, seen structurally: analytics code accepts events from every feature (tours,
 * checklists, hints, chat, triggers) without depending on each feature's payload type.
 */
export interface AnalyticsEvent {
  /** The event name, such as `tour:completed`. */
  type: string;
  /** Milliseconds since the epoch. */
  timestamp: number;
  /** The identified user, if any. */
  userId?: string;
  [key: string]: unknown;
}

/** Flat event properties: snake_case keys and primitive values only, ready for any analytics tool. */
export type EventProperties = Record<string, string | number | boolean>;

const isPrimitive = (v: unknown): v is string | number | boolean =>
  typeof v == 'string' || typeof v == 'number' || typeof v == 'boolean';

/**
 * Flatten an event into properties for an analytics tool. Keys become snake_case (`tourId` →
 * `tour_id`); `type` is left out (it is the event name); nested objects are flattened one level
 * (`a: { b: 1 }` → `a_b`); arrays of primitives are joined with commas; anything else is dropped.
 * @param event - the event to flatten.
 * @returns a new, flat object.
 * @example
 * ```ts
 * toProperties({ type: 'step:shown', timestamp: 1, tourId: 'intro', stepIndex: 0 });
 * // { timestamp: 1, tour_id: 'intro', step_index: 0 }
 * ```
 */
export function toProperties(event: AnalyticsEvent): EventProperties {
  const out: EventProperties = {};
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const k in obj) {
      const v = obj[k];
      const key =
        prefix +
        k
          .replace(/([a-z\d])([A-Z])/g, '$1_$2')
          .replace(/\W+/g, '_')
          .toLowerCase();
      if (isPrimitive(v)) out[key] = v;
      else if (Array.isArray(v)) v.every(isPrimitive) && (out[key] = v.join());
      else if (v && typeof v == 'object' && !prefix) walk(v as Record<string, unknown>, key + '_');
    }
  };
  const { type: _, ...rest } = event;
  walk(rest, '');
  return out;
}
