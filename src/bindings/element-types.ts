/**
 * One framework-neutral description of the `wm-*` elements an app can place: for each tag, its attributes (as
 * written in markup, mapped to the property each one sets), the properties that take only JavaScript values, and
 * the DOM events it dispatches. The React, Vue and Svelte element types are all derived from it (and the element
 * classes' own property types), so they cannot drift apart; a test checks it against each class's
 * `static properties`.
 * @packageDocumentation
 */
import type { WmAnnouncement, WmCloseDetail } from '../elements/announcement.js';
import type { WmChatButton, WmChatOpenedDetail } from '../elements/chat-button.js';
import type { WmChecklist, WmChecklistCompletedDetail, WmChecklistItemCompletedDetail } from '../elements/checklist.js';
import type { WmHelpCenter } from '../elements/help-center.js';
import type { WmHint, WmToggleDetail } from '../elements/hint.js';
import type { WmMetricsPanel } from '../elements/metrics-panel.js';
import type { WmActionDetail, WmPopover, WmPositionedDetail } from '../elements/popover.js';
import type { WmSpotlight } from '../elements/spotlight.js';
import type { WmSurvey, WmSurveyAnswerDetail, WmSurveyCloseDetail } from '../elements/survey.js';
import type { WmTour } from '../elements/tour.js';

/** The class of each `wm-*` element an app can place, by tag. */
export interface WaymarkElementClasses {
  'wm-checklist': WmChecklist;
  'wm-chat-button': WmChatButton;
  'wm-metrics-panel': WmMetricsPanel;
  'wm-hint': WmHint;
  'wm-announcement': WmAnnouncement;
  'wm-help-center': WmHelpCenter;
  'wm-survey': WmSurvey;
  'wm-popover': WmPopover;
  'wm-spotlight': WmSpotlight;
  'wm-tour': WmTour;
}

/** The `detail` of each DOM event a `wm-*` element dispatches, by event name. */
export interface WaymarkElementEventDetails {
  /** `<wm-announcement>` was closed. */
  'wm-close': WmCloseDetail;
  /** The tip of a `<wm-hint>` was opened or closed by the user. */
  'wm-toggle': WmToggleDetail;
  /** A button of a `<wm-popover>` (or of a `<wm-hint>`'s tip) was pressed. */
  'wm-action': WmActionDetail;
  /** A `<wm-popover>` was positioned. */
  'wm-positioned': WmPositionedDetail;
  /** The dimmed area of a `<wm-spotlight>` was clicked (no detail). */
  'wm-backdrop-click': null;
  /** An item of a `<wm-checklist>` completed. */
  'wm-checklist-item-completed': WmChecklistItemCompletedDetail;
  /** Every item of a `<wm-checklist>` is complete. */
  'wm-checklist-completed': WmChecklistCompletedDetail;
  /** The chat a press of `<wm-chat-button>` asked for opened. */
  'wm-chat-opened': WmChatOpenedDetail;
  /** A question of a `<wm-survey>` was answered or skipped. */
  'wm-survey-answer': WmSurveyAnswerDetail;
  /** A `<wm-survey>` closes. */
  'wm-survey-close': WmSurveyCloseDetail;
}

/** Own (non-`HTMLElement`) keys of an element class. */
type OwnKeys<E> = Exclude<keyof E & string, keyof HTMLElement>;

/** The shape of one entry of {@link elementSpecs}, checked against the element class `E`. */
export interface ElementSpec<E = HTMLElement> {
  /** Attribute name (as in markup) → the property it sets. */
  readonly attributes: Readonly<Record<string, OwnKeys<E>>>;
  /** Properties with no attribute: set them as JavaScript properties (objects, arrays, functions). */
  readonly properties: readonly OwnKeys<E>[];
  /** The DOM events it dispatches (names of {@link WaymarkElementEventDetails}). */
  readonly events: readonly (keyof WaymarkElementEventDetails)[];
}

/**
 * Every `wm-*` element an app can place, by tag: attributes, JavaScript-only properties and events. Only the
 * bindings' types and the tests use it; no binding imports it at run time.
 */
export const elementSpecs = {
  'wm-checklist': {
    attributes: { checklist: 'checklist', floating: 'floating', position: 'position' },
    properties: ['model', 'controller', 'labels'],
    events: ['wm-checklist-item-completed', 'wm-checklist-completed'],
  },
  'wm-chat-button': {
    attributes: {
      label: 'label',
      state: 'state',
      status: 'status',
      href: 'href',
      reason: 'reason',
      launcher: 'launcher',
    },
    properties: [],
    events: ['wm-chat-opened'],
  },
  'wm-metrics-panel': {
    attributes: { heading: 'heading' },
    properties: ['metrics', 'labels'],
    events: [],
  },
  'wm-hint': {
    attributes: {
      heading: 'heading',
      body: 'body',
      beacon: 'beacon',
      'beacon-placement': 'beaconPlacement',
      placement: 'placement',
      'open-on': 'openOn',
      open: 'open',
      'beacon-label': 'beaconLabel',
      'close-label': 'closeLabel',
      theme: 'theme',
      offscreen: 'offscreen',
    },
    properties: ['buttons', 'anchor'],
    events: ['wm-toggle', 'wm-action'],
  },
  'wm-announcement': {
    attributes: { heading: 'heading', body: 'body', modal: 'modal', 'dont-show-again': 'dontShowAgain' },
    properties: ['image', 'primary', 'secondary', 'labels'],
    events: ['wm-close'],
  },
  'wm-help-center': {
    attributes: { floating: 'floating' },
    properties: ['controller'],
    events: [],
  },
  'wm-survey': {
    attributes: { heading: 'heading', index: 'index', total: 'total', 'remind-later': 'remindLater' },
    properties: ['question', 'ending', 'labels'],
    events: ['wm-survey-answer', 'wm-survey-close'],
  },
  'wm-popover': {
    attributes: {
      heading: 'heading',
      body: 'body',
      step: 'step',
      steps: 'steps',
      'no-progress': 'noProgress',
      'progress-text': 'progressText',
      'close-label': 'closeLabel',
      placement: 'placement',
      modal: 'modal',
      'no-close-button': 'noCloseButton',
      'sheet-below': 'sheetBelow',
      track: 'track',
    },
    properties: ['buttons', 'anchor', 'viewportPadding'],
    events: ['wm-action', 'wm-positioned'],
  },
  'wm-spotlight': {
    attributes: { padding: 'padding', radius: 'radius', 'click-through': 'clickThrough', inactive: 'inactive' },
    properties: ['rect', 'holes', 'anchor'],
    events: ['wm-backdrop-click'],
  },
  'wm-tour': {
    attributes: {},
    properties: ['engine', 'labels', 'help'],
    events: [],
  },
} as const satisfies { [T in WaymarkTag]: ElementSpec<WaymarkElementClasses[T]> };

/** The tag names of the `wm-*` elements an app can place. */
export type WaymarkTag = keyof WaymarkElementClasses;

type Spec<T extends WaymarkTag> = (typeof elementSpecs)[T];
type El<T extends WaymarkTag> = WaymarkElementClasses[T];
type AttributeName<T extends WaymarkTag> = keyof Spec<T>['attributes'] & string;
type PropertyName<T extends WaymarkTag> = Spec<T>['properties'][number] | Spec<T>['attributes'][AttributeName<T>];

/**
 * An element's attributes as written in markup (`beacon-placement`, `dont-show-again`), each typed as the property
 * it sets. All optional.
 */
export type WaymarkElementAttributes<T extends WaymarkTag> = {
  [A in AttributeName<T>]?: El<T>[Spec<T>['attributes'][A] & keyof El<T>];
};

/**
 * An element's properties by their JavaScript names (`beaconPlacement`, `buttons`), typed from the element class:
 * the attribute-backed ones and the JavaScript-only ones. All optional.
 */
export type WaymarkElementProperties<T extends WaymarkTag> = {
  [P in PropertyName<T> & string]?: El<T>[P & keyof El<T>];
};

/** The DOM events an element dispatches, by name, as the `CustomEvent` a listener receives. */
export type WaymarkElementEvents<T extends WaymarkTag> = {
  [V in Spec<T>['events'][number]]: CustomEvent<WaymarkElementEventDetails[V]>;
};

/**
 * Event-listener props named `on` + the event name (`onwm-toggle`), the convention of React 19 and Svelte 5 for
 * custom elements.
 */
export type WaymarkElementEventProps<T extends WaymarkTag> = {
  [V in keyof WaymarkElementEvents<T> & string as `on${V}`]?: (event: WaymarkElementEvents<T>[V]) => void;
};
