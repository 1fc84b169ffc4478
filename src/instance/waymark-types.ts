/**
 * The public types of an instance: the options of `createWaymark` and the `Waymark` object it returns. A module of
 * their own (types only, no run-time cost) so that `create-waymark.ts` holds just the assembly.
 * @packageDocumentation
 */
import type { ReadableAtom } from 'nanostores';
import type { Emitter } from '../core/emitter.js';
import type { EventSource, WaymarkEvent, WaymarkEventMap } from '../core/events.js';
import type { ProgressStore } from '../core/progress-store.js';
import type { StorageAdapter } from '../core/storage.js';
import type { ActiveStep } from '../core/tour-engine.js';
import type { WaymarkContext, WaymarkPlugin } from '../core/waymark-context.js';
import type { ViewportPadding } from '../dom/viewport-insets.js';
import type { TourLabels } from '../elements/tour-labels.js';
import type { TourKeyboardOptions } from '../elements/tour.js';
import type { AnalyticsPluginOptions } from '../features/analytics.js';
import type { ChatOptions } from '../features/chat.js';
import type { Metrics } from '../core/analytics/metrics.js';
import type { RefreshResult, RemoteGuidesOptions } from '../core/remote/remote-guides-option.js';
import type { LaunchLinkOptions } from '../dom/launch-link.js';

/** Options of {@link createWaymark}. */
export interface WaymarkOptions {
  /**
   * The guide document (object or JSON text), or a promise of one (`fetch('/guides.json').then((r) => r.json())`):
   * calls made meanwhile wait for it (see `ready`). Invalid parts are dropped and reported; the rest runs. Type it
   * with {@link GuideDocument} (`const guides: GuideDocument = …`) for completion in code.
   *
   * Or a remote document: its URL (`'https://cdn.example.com/guides.json'`, `'/guides.json'`, a `URL`) or
   * {@link RemoteGuidesOptions} (`{ url, pollInterval, timeout }`). The last good copy is kept in `storage` and runs
   * at once on the next visit, also offline; it is revalidated (ETag) on start, by `refreshGuides()` and on each
   * poll. A new copy that is not a valid document is ignored as a whole (`guide:invalid` with its `url`); a valid one
   * is applied when no tour step or announcement is on screen (`guide:updated`).
   */
  guides: unknown | RemoteGuidesOptions;
  /**
   * The environment this app runs in (`"staging"`, `"production"`…): guides that list `environments` run only in
   * those. Without it, such guides do not run.
   */
  environment?: string;
  /**
   * Launch links: `?waymark-start=<tourId>[&waymark-step=<stepId>]` in the page's URL starts that tour once the
   * instance is ready (source `link`; a tour it cannot start is reported as `launch:failed`), and `&waymark-preview`
   * starts it even outside its window, environments and hosts. The parameters are then removed from the address
   * bar. `false` turns them off. @default true
   */
  launchLinks?: boolean | LaunchLinkOptions;
  /** The user whose progress is read and written. @default "anonymous" */
  userId?: string;
  /** What the app knows about the user, for audiences (`{ plan: 'pro', signedUpAt: '2026-01-05' }`). */
  traits?: Record<string, unknown>;
  /** Where progress lives: an adapter, or `"memory"`. @default localStorage (falls back to memory) */
  storage?: StorageAdapter | 'memory';
  /** Prefix of the storage key (`<namespace>:v1:<userId>`). @default "waymark" */
  namespace?: string;
  /** Resume a tour the user left unfinished (after a reload). @default true */
  resume?: boolean;
  /** Keyboard handling while a step shows. */
  keyboard?: TourKeyboardOptions;
  /**
   * Space (CSS pixels) a step keeps free at the viewport's edges, one number or per side, on top of the page's
   * `scroll-padding` (declare sticky headers there: `html { scroll-padding-top: 64px }`). @default 8
   */
  viewportPadding?: ViewportPadding;
  /**
   * Words around the guide's own text, for localisation: the tour's (`next`, `back`, `done`, `close`, `progress`)
   * and the features' (namespaced keys such as `checklist.done` or `hint.gotIt`; each feature documents its own).
   */
  labels?: Partial<TourLabels> & Record<string, string>;
  /**
   * The user's language (a BCP 47 tag such as `de-CH`, or several, preferred first). It picks the guide document's
   * translation (`translations`, falling back `de-CH` → `de` → the document's own text) and Waymark's built-in words
   * (in English, Spanish, French, German, Portuguese, Italian, Japanese, Chinese, Korean, Arabic, Hebrew and
   * Russian), and sets the writing direction (right to left for Arabic and Hebrew). `labels` still win.
   * @default navigator.languages
   */
  locale?: string | readonly string[];
  /** Where the instance's elements are mounted (the tour, launchers, announcements…). @default document.body */
  container?: HTMLElement;
  /** The app's own actions, run by `{ "action": "app", "name": "…" }` in the guide. */
  actions?: Record<string, (context: { guideId?: string; source: EventSource }) => void>;
  /** How `link` actions navigate (e.g. your SPA router). @default new tab for absolute URLs, same tab otherwise */
  navigate?: (href: string) => void;
  /** App-side chat settings: the `custom` provider's callback, Zendesk field ids, navigation. */
  chat?: ChatOptions;
  /**
   * Keep a local event log (for `metrics()`) and forward every event to analytics sinks
   * (`segmentSink()`, `posthogSink()`, `ga4Sink()`, `amplitudeSink()`, `callbackSink(fn)`).
   */
  analytics?: AnalyticsPluginOptions;
  /** Show the proactive debug panel: why each guide showed or not. Also on with `?waymark-debug` in the URL. */
  debug?: boolean;
  /**
   * Open the studio, the guide editor (`waymark/studio`, a lazy chunk): `true` opens it now, `'url'` when the
   * address has `?waymark-studio`. It edits a local draft only, but it is an editor: keep it off for visitors.
   * @default "url" on localhost (development), false elsewhere
   */
  studio?: boolean | 'url';
  /** Extra plugins (custom features). Like the lazily loaded features, they start only in a browser. */
  plugins?: WaymarkPlugin[];
  /**
   * Check the guide document with the full validator (a lazy chunk) and report every problem as `guide:invalid`
   * and a console warning. Without it, the validator loads only when parts of the document cannot run.
   * @default true on localhost (development), false elsewhere
   */
  validate?: boolean;
  /** Called for every event (analytics hook). */
  onEvent?: (event: WaymarkEvent) => void;
  /** The clock. @default Date.now */
  now?: () => number;
}

/** A Waymark instance: tours, progress and events for one app. */
export interface Waymark {
  /**
   * Resolves once stored progress was read, the guide's features loaded, the calls made before (queued) applied,
   * and an unfinished tour resumed. Awaiting it is never required: `track`, `start`, `identify` and `escalate`
   * called earlier wait and are applied in order once the instance is ready.
   */
  readonly ready: Promise<void>;
  /** The current step, or null. */
  readonly $active: ReadableAtom<ActiveStep | null>;
  /** The user's persisted progress. */
  readonly progress: ProgressStore;
  /** The typed event stream. */
  readonly events: Emitter<WaymarkEventMap>;
  /** The context features are built on (for plugins and advanced integrations). */
  readonly context: WaymarkContext;
  /**
   * Start a tour; returns false when the id (or `stepId`) is unknown. Before stored progress was read (an
   * asynchronous storage adapter) the call waits and is applied once it is (it then wins over resuming an
   * unfinished tour); it returns whether the tour is known now (true while a guide document given as a promise is
   * still on its way).
   */
  start(tourId: string, options?: { stepId?: string }): boolean;
  /** Go to the next step (completes the tour on the last one). */
  next(): void;
  /** Go to the previous step. */
  back(): void;
  /** Jump to a step of the running tour by id or index. */
  goTo(step: string | number): void;
  /** Finish the running tour. */
  complete(): void;
  /** Close the running tour before its end. */
  dismiss(): void;
  /** Listen to one event type; returns the unsubscribe function. */
  on: Emitter<WaymarkEventMap>['on'];
  /**
   * Report what the user did (`track('project.created', { plan: 'pro' })`): feeds checklists and triggers. Never
   * throws. Before the guide's features have loaded, the event waits and is emitted (as `app:tracked`) once they have,
   * so early events count.
   */
  track(name: string, props?: Record<string, unknown>): void;
  /**
   * Open the team's live chat with what the user was doing (or its after-hours fallback). Needs a `chat` section.
   * Returns whether the chat feature takes the request; before it has loaded, the call waits and the return value
   * says whether the document has a `chat` section (or a chat plugin runs).
   */
  escalate(options?: { reason?: string }): boolean;
  /**
   * Open the help centre (needs a `helpCenter` section), optionally on one article. Returns whether there is a
   * help centre; before the feature has loaded, the call waits.
   */
  openHelp(options?: { article?: string }): boolean;
  /**
   * Ask a survey now, whatever its trigger and audience (a "Remind me later" still holds). Needs a `surveys`
   * section; returns whether it was shown (before the feature has loaded, the call waits and says whether the
   * document has surveys).
   */
  showSurvey(id: string): boolean;
  /** Funnels, step drop-off, checklist completion and help deflection from the local event log (needs `analytics`). */
  metrics(): Promise<Metrics>;
  /**
   * Switch user (their progress is loaded and their unfinished tour resumed) and/or update their traits. Called
   * while earlier calls wait for `ready`, it waits behind them (so events tracked before it count for the previous
   * user); the promise resolves once applied.
   */
  identify(userId: string | undefined, traits?: Record<string, unknown>): Promise<void>;
  /**
   * Switch the user's language (see `locale`): the guide's text, Waymark's words and the writing direction follow;
   * the document's features restart with the new text.
   */
  setLocale(locale: string | readonly string[]): void;
  /**
   * Replace the guide document. For an instance created with a remote document, giving its URL (or options) again
   * checks for a new copy, like `refreshGuides()`; another URL takes a new instance.
   */
  setGuides(guides: unknown): void;
  /**
   * Check a remote guide document (`guides: url`) for a new copy now. Resolves with what happened: `updated`
   * (applied, or `deferred` until the tour or announcement on screen closes), `unchanged`, `invalid` (ignored,
   * `guide:invalid` emitted) or `failed` (no answer: the last good copy keeps running). `unchanged` for a document
   * that is not remote.
   */
  refreshGuides(): Promise<RefreshResult>;
  /** Remove every node, listener, observer and timer this instance added. */
  destroy(): void;
}
