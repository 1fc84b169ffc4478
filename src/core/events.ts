/**
 * The typed event stream: every fact Waymark reports. Analytics adapters, metrics and the DOM
 * re-dispatch all build on this map, so names and payloads are a public contract.
 *
 * Names are `object:past-tense` facts, never commands.
 * @packageDocumentation
 */

import type { BaseEvent, EventSource } from './event-base.js';
import type { HelpEventMap } from './help/help-events.js';
import type { SurveyEventMap } from './surveys/survey-events.js';

export type { BaseEvent, EventSource } from './event-base.js';

/** Fields of every tour event. */
export interface TourEventBase extends BaseEvent {
  tourId: string;
  /** The step the event concerns, or the step the tour was on. */
  stepId: string;
  /** Zero-based index of that step. */
  stepIndex: number;
  /** Number of steps in the tour. */
  stepCount: number;
  source: EventSource;
}

/**
 * Why a step's target is missing: `not-found`, nothing matches; `not-rendered`, only elements that are not
 * rendered (`display: none`, `visibility: hidden`, zero size) match; `cross-origin-frame`, the selector steps
 * into a frame whose document cannot be read (another origin).
 */
export type MissingTargetReason = 'not-found' | 'not-rendered' | 'cross-origin-frame';

/** Map from event name to payload (the help centre's and surveys' events included). */
export interface WaymarkEventMap extends HelpEventMap, SurveyEventMap {
  /** A tour began (or resumed after a reload: `resumed: true`). */
  'tour:started': TourEventBase & { resumed: boolean };
  /** A step became the current step. The view emits `step:rendered` once it is visible. */
  'step:shown': TourEventBase;
  /** The step is visible and positioned on screen. */
  'step:rendered': TourEventBase & { centered: boolean };
  /** The user finished a step (next, advanceOn, complete). */
  'step:completed': TourEventBase;
  /** A step was passed over without being shown (missing target with `skip`). */
  'step:skipped': TourEventBase & { reason: 'missing-target' };
  /** The user went back a step. */
  'step:back': TourEventBase;
  /** The tour reached its end. */
  'tour:completed': TourEventBase;
  /** The tour was closed before its end. */
  'tour:dismissed': TourEventBase & { reason?: 'missing-target' | 'replaced' | 'destroyed' };
  /** A step's target was not found after waiting. */
  'target:missing': TourEventBase & {
    selectors: string[];
    policy: 'skip' | 'center' | 'end';
    waitedMs: number;
    reason: MissingTargetReason;
  };
  /**
   * A step's or a hint's target matched only an element a user cannot see (not rendered, or 1 px or less, like a
   * visually hidden checkbox). Waymark points at `suggestion` instead when `substituted`; a console warning says
   * the same during development. Emitted once per step showing (or hint appearing).
   */
  'target:invisible': BaseEvent & {
    /** The tour and step (absent for a hint). */
    tourId?: string;
    stepId?: string;
    /** The hint (absent for a tour step). */
    hintId?: string;
    selectors: string[];
    /** `not-rendered` (hidden, or no size) or `tiny` (1 CSS pixel or less in a direction). */
    reason: 'not-rendered' | 'tiny';
    /** The matched element, described like `input#toggle-all.toggle-all`. */
    element: string;
    /** A visible element to target instead: the control's label, or the nearest visible ancestor. */
    suggestion?: string;
    /** Whether Waymark pointed at the suggestion instead (a label; an ancestor of a 1 px element). */
    substituted: boolean;
  };
  /**
   * The guide document had problems; the valid parts still run. For a remote document (`guides: url`), a new copy
   * that is not a valid document (not JSON, validator errors, an HTTP error) is ignored as a whole and the last good
   * copy keeps running: `url` names it.
   */
  'guide:invalid': BaseEvent & {
    issues: { path: string; message: string }[];
    /** The remote document's URL, when the problem is with a copy fetched from it. */
    url?: string;
  };
  /** A new copy of the remote guide document (`guides: url`) was applied. */
  'guide:updated': BaseEvent & { url: string };
  /**
   * A launch link (`?waymark-start=<tourId>`) named a tour (or `waymark-step`) this page cannot start: unknown, or
   * outside its window, environments or hosts (`reason` from the tour's `startsAt`, `endsAt`, `environments`, `hosts`).
   */
  'launch:failed': BaseEvent & {
    tourId: string;
    stepId?: string;
    reason: 'unknown-tour' | 'unknown-step' | 'not-started' | 'ended' | 'environment' | 'host' | 'unreadable';
  };
  /** Progress could not be read or written; Waymark fell back (memory, defaults). */
  'storage:error': BaseEvent & { operation: 'read' | 'write' | 'parse'; message: string };

  /** The app switched user or updated their traits with `waymark.identify(userId, traits)`. */
  'user:identified': BaseEvent & { traits: Record<string, unknown> };
  /** The app reported a behaviour with `waymark.track(name, props)`. */
  'app:tracked': BaseEvent & { name: string; props: Record<string, unknown> };
  /** A guide asked the app to run one of its registered actions (`"action": "app"`). */
  'app:action': BaseEvent & { name: string; guideId?: string; source: EventSource };

  /** A checklist item became complete (its rule held, or the user ticked it). */
  'checklist:item-completed': BaseEvent & { checklistId: string; itemId: string; source: EventSource };
  /** Every item of a checklist is complete. */
  'checklist:completed': BaseEvent & { checklistId: string };
  /** The user dismissed a checklist for good. */
  'checklist:dismissed': BaseEvent & { checklistId: string; source: EventSource };
  /** The checklist panel was opened or closed. */
  'checklist:toggled': BaseEvent & { checklistId: string; open: boolean; source: EventSource };
  /** A hint's beacon appeared on its target. */
  'hint:shown': BaseEvent & { hintId: string };
  /** A hint's tip was opened. */
  'hint:opened': BaseEvent & { hintId: string; source: EventSource };
  /** A hint was dismissed for good ("got it"). */
  'hint:dismissed': BaseEvent & { hintId: string; source: EventSource };
  /** An announcement was shown. */
  'announcement:shown': BaseEvent & { announcementId: string; source: EventSource };
  /** An announcement was closed (`dontShowAgain` when the user asked not to see it again). */
  'announcement:dismissed': BaseEvent & { announcementId: string; source: EventSource; dontShowAgain: boolean };

  /** Help was offered to the user (a stuck step, a rule, a button). */
  'chat:offered': BaseEvent & { reason: string; tourId?: string; stepId?: string };
  /** A chat conversation was opened with the team. */
  'chat:opened': BaseEvent & { provider: string; reason: string; tourId?: string; stepId?: string; offline: boolean };
  /** The user asked for help but no chat could be opened (no provider, after hours without fallback…). */
  'chat:unavailable': BaseEvent & { reason: string; why: 'no-provider' | 'not-loaded' | 'closed' | 'failed' };

  /** A guide's trigger held for an eligible user. */
  'trigger:fired': BaseEvent & { guideId: string; kind: 'tour' | 'announcement' | 'hint' | 'checklist' | 'survey' };
  /** A guide was due but not shown. */
  'guide:suppressed': BaseEvent & {
    guideId: string;
    reason: 'frequency' | 'priority' | 'quiet-period' | 'audience' | 'busy' | 'typing' | 'other-tab';
  };
}

/** A name of a Waymark event. */
export type WaymarkEventName = keyof WaymarkEventMap;

/** An event of any kind, tagged with its name in `type`. */
export type WaymarkEvent = {
  [K in WaymarkEventName]: WaymarkEventMap[K] & { type: K };
}[WaymarkEventName];
