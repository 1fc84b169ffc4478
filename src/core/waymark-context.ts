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

declare const sharedType: unique symbol;

/**
 * The key of one piece of per-instance state that lazily loaded features share ({@link WaymarkContext.shared}): a
 * string named after the module that owns the state, carrying in its type what the state is. The owner declares
 * it once and exports it for the modules that read the state; `shared` then checks `create` against it and types
 * the result:
 * ```ts
 * export const LAYERS = sharedKey<LayerStack>('layers');
 * const layers = ctx.shared(LAYERS, () => createLayerStack(ctx.$modal)); // a LayerStack
 * ```
 * A plain string still works (the type then comes from `create`), as it did before typed keys.
 */
export type SharedKey<T> = string & { readonly [sharedType]: T };

/**
 * Declare the typed key of a piece of per-instance shared state (see {@link SharedKey}).
 * @param name - unique per instance, named after the owning module (`layers`, `analytics`, `behaviour-history`).
 * @returns the key: the name itself, typed.
 */
export const sharedKey = <T>(name: string): SharedKey<T> => name as SharedKey<T>;

/**
 * Something an instance shows on the page: a DOM element, typed by what the core needs of it (the core has no DOM
 * types). Any `Element` is one.
 */
export interface Mountable {
  remove(): void;
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
   * `destroy()`: e.g. the layer manager (`layersOf(context)`). This is where a feature keeps what other modules (or
   * a later run of itself) look up per instance, instead of a module-level `WeakMap<WaymarkContext, …>`. Keys are
   * typed ({@link SharedKey}, declared with {@link sharedKey} by the module that owns the state).
   */
  shared<T>(key: SharedKey<T>, create: () => NoInfer<T>): T;
  /** The same with a plain string key (untyped: the type comes from `create`). */
  shared<T>(key: string & { readonly [sharedType]?: never }, create: () => T): T;
  /**
   * Put an element of the instance on the page: into the app's `createWaymark({ container })`, else
   * `document.body`. Features mount their floating parts (launchers, announcements, panels) with it instead of
   * appending to the body themselves. Mounting an element again moves it to the end of the container.
   * @returns its removal (the same as `element.remove()`).
   */
  mount(element: Mountable): () => void;
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
