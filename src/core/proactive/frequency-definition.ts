/**
 * How often a proactive guide may be offered, and the global rules that keep guides from nagging.
 * Plain JSON types, merged into the guide document schema.
 * @packageDocumentation
 */
import type { Duration } from '../conditions/condition-definition.js';

/**
 * How often a guide may be offered automatically, and how it competes with other guides.
 * Without a `frequency`, a guide is offered at most once. Every rule given must allow a showing.
 * @examples [{"max": 1}, {"max": 3, "minGap": "P1D"}, {"max": 1, "per": "P7D", "snooze": "P3D"}, {"max": 1, "priority": 10, "critical": true}]
 */
export interface FrequencyDefinition {
  /**
   * At most this many automatic showings in total, or within each `per` window. Without it, no cap
   * on the count (only `minGap` and `snooze` apply).
   * @minimum 0
   * @maximum 32
   */
  max?: number;
  /** Turns `max` into a rolling window: at most `max` showings within any period this long. */
  per?: Duration;
  /** At least this long between the end of one showing and the next. */
  minGap?: Duration;
  /** After the user dismisses the guide, wait this long before offering it again. */
  snooze?: Duration;
  /**
   * When several guides want to show, the higher priority goes first (ties: first offered first).
   * @default 0
   */
  priority?: number;
  /**
   * Show even during the global quiet period (use for urgent, blocking problems).
   * @default false
   */
  critical?: boolean;
}

/** Global rules for all automatically offered guides. */
export interface ProactiveOptions {
  /**
   * After an automatic showing closes, wait this long before the next (critical guides excepted).
   * @default "PT10M"
   */
  quietPeriod?: Duration;
  /**
   * At most this many automatic showings per page session.
   * @minimum 0
   */
  maxPerSession?: number;
}
