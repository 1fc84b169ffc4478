/**
 * The fields every Waymark event carries and the sources of transitions: a module of its own so that feature event
 * maps (help centre, surveys) can build on them without importing the whole event map.
 * @packageDocumentation
 */

/** Who or what caused a transition (`link`: a launch link, `?waymark-start=<tourId>`). */
export type EventSource =
  | 'api'
  | 'button'
  | 'keyboard'
  | 'target'
  | 'close-button'
  | 'backdrop'
  | 'resume'
  | 'trigger'
  | 'missing-target'
  | 'link';

/** Fields every event carries. */
export interface BaseEvent {
  /** Milliseconds since the epoch, from the instance's clock. */
  timestamp: number;
  /** The user the progress belongs to, if the app identified one. */
  userId?: string;
}
