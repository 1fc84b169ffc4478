import type { ReadableAtom, WritableAtom } from 'nanostores';
import type { Emitter } from './emitter.js';
import type { BaseEvent, EventSource, WaymarkEventMap } from './events.js';
import type { ActionDefinition, GuideDocument } from './guide-definition.js';
import type { ProgressStore } from './progress-store.js';
import type { TourEngine } from './tour-engine.js';

/** The user the instance serves: id and the traits the app passed to `identify`. */
export interface WaymarkUser {
  id?: string;
  traits: Record<string, unknown>;
}

/** Context passed with an action: who triggered it and from which guide. */
export interface ActionContext {
  source: EventSource;
  /** The guide (tour, checklist, hint, announcement) the action came from. */
  guideId?: string;
  /** The step of a tour, for escalations from a step. */
  stepId?: string;
  /** What the user read and searched in the help centre, handed to chat on escalation. */
  help?: HelpHandover;
}

/** What the help centre hands to chat: the articles read and the queries searched in this help session. */
export interface HelpHandover {
  /** Article ids, in reading order. */
  articles: string[];
  /** Queries, in order. */
  searches: string[];
  /** A survey's answers as `question=answer` pairs, when the offer came from a survey. */
  survey?: string[];
}

/** Runs an action of the guide vocabulary; returns whether something handled it. */
export type ActionHandler = (action: ActionDefinition, context: ActionContext) => boolean | void;

/** A help offer shown in the current tour step ("Still stuck? Chat with us"). */
export interface HelpOffer {
  /** Button text. */
  label: string;
  /** Why help is offered (`stuck-time`, `failed-advance`, `reopened`). */
  reason: string;
}

/**
 * What a feature (checklists, hints, announcements, chat, proactive engine) gets from its Waymark instance.
 * Features are plugins: `(context) => cleanup`. They are loaded lazily when the guide document uses them, so an
 * app that only runs tours pays nothing for the others.
 */
export interface WaymarkContext {
  /** The guide document as given (tours normalised; other sections as written: validate before trusting). */
  readonly doc: Readonly<GuideDocument>;
  readonly events: Emitter<WaymarkEventMap>;
  readonly progress: ProgressStore;
  readonly tours: TourEngine;
  /** The instance's clock. */
  now(): number;
  /** The current user (id and traits). */
  user(): WaymarkUser;
  /** The fields every event carries, as of now: `{ timestamp, userId }`. */
  stamp(): BaseEvent;
  /** Run an action from the guide vocabulary (`start-tour`, `link`, `escalate`, `app`, …). Never throws. */
  run(action: ActionDefinition, context: ActionContext): boolean;
  /** Add a handler for one action name (e.g. the chat feature handles `escalate`). Returns removal. */
  handle(action: ActionDefinition['action'], handler: ActionHandler): () => void;
  /**
   * The one-modal-at-a-time slot: the id of what holds it (`tour:<id>`, `announcement:<id>`…), or null.
   * Tours take it while they run; other modal things wait for it to be free and release it when they close.
   */
  readonly $modal: ReadableAtom<string | null>;
  /** Take the modal slot if it is free (or already yours). */
  claimModal(owner: string): boolean;
  /** Give the slot back (only if you hold it). */
  releaseModal(owner: string): void;
  /**
   * Per-instance state that lazily loaded features share, created by the first one that asks and kept until
   * `destroy()`: e.g. the layer manager (`layersOf(context)`). Keys are named after the module that owns them.
   */
  shared<T>(key: string, create: () => T): T;
  /** The help offer to show in the current tour step, set by the chat feature's stuck detection. */
  readonly $help: WritableAtom<HelpOffer | null>;
  /** Register a teardown to run on `destroy()`. */
  onDestroy(cleanup: () => void): void;
  /**
   * A word of the UI around the guide's own text, localised by the app (`createWaymark({ labels })`), or the
   * English `fallback`. Keys are namespaced by feature: `checklist.done`, `hint.gotIt`, `chat.stuck`, …
   */
  label(key: string, fallback: string): string;
  /**
   * App-side settings for features that cannot live in JSON (callbacks, field ids), by feature name:
   * `options.chat` is `createWaymark({ chat })`.
   */
  readonly options: Readonly<Record<string, unknown>>;
}

/** A feature plugin: wires itself to the instance and returns its cleanup. */
export type WaymarkPlugin = (context: WaymarkContext) => void | (() => void);
