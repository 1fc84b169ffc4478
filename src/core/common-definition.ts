/**
 * The building blocks of the guide document that several sections share: placements, target selectors, actions
 * and buttons, launcher corners. Plain data only (interfaces and string-literal unions), merged into the JSON
 * schema like every `*-definition.ts`.
 *
 * This module imports no other definition file: the feature sections (checklists, hints, announcements, chat) and
 * `guide-definition.ts` all import from here, so their types form no cycle. `guide-definition.ts` re-exports
 * everything here.
 * @packageDocumentation
 */

/**
 * Where a step popover sits relative to its target (Floating UI's vocabulary).
 * `top`, `bottom`, `left`, `right`, each optionally `-start` or `-end`.
 */
export type Placement =
  | 'top'
  | 'top-start'
  | 'top-end'
  | 'bottom'
  | 'bottom-start'
  | 'bottom-end'
  | 'left'
  | 'left-start'
  | 'left-end'
  | 'right'
  | 'right-start'
  | 'right-end';

/**
 * A target selector, or an ordered list of fallbacks where the first that matches wins.
 *
 * Each selector is a CSS selector. To reach into an open shadow root or a same-origin `<iframe>`, separate the
 * host (or frame) selector from the selector inside it with `>>>`: `"app-shell >>> nav-bar >>> button.search"`,
 * `"iframe#editor >>> .toolbar button"`. A cross-origin frame cannot be entered (its step is reported missing).
 * @examples ["[data-tour=create-project]", ["#search", "header input[type=search]"], "app-shell >>> #search", "iframe#editor >>> .toolbar button"]
 */
export type TargetSelector = string | string[];

/**
 * What a button or item does. Tour steps: `next`, `back`, `complete` (finish the tour), `dismiss` (close it),
 * `goto` (jump to `step`). Anywhere: `start-tour` (start `tour`), `link` (open `href`), `escalate` (open the
 * team's live chat with context), `app` (ask the app to run its own action `name`).
 */
export type ButtonAction =
  'next' | 'back' | 'complete' | 'dismiss' | 'goto' | 'start-tour' | 'link' | 'escalate' | 'app';

/** An action a product manager can attach to a button, a checklist item or a hint. */
export interface ActionDefinition {
  /** What happens. */
  action: ButtonAction;
  /** For `goto`: the id of the step in this tour to jump to. */
  step?: string;
  /** For `start-tour`: the id of the tour to start. */
  tour?: string;
  /**
   * For `link`: where to go. Only `http:`, `https:`, `mailto:` and relative links are allowed.
   */
  href?: string;
  /**
   * For `app`: the name of an action the app registered (`createWaymark({ actions: { name: fn } })`).
   * @minLength 1
   */
  name?: string;
  /** For `escalate`: why the user asks for help, passed to the chat (e.g. `"billing-question"`). */
  reason?: string;
}

/** A button in the step footer. */
export interface ButtonDefinition extends ActionDefinition {
  /**
   * The text on the button.
   * @minLength 1
   */
  label: string;
  /**
   * Visual weight of the button.
   * @default "secondary"
   */
  variant?: 'primary' | 'secondary';
}

/** Where a floating launcher (a checklist's, the chat button) sits: a corner of the viewport. */
export type LauncherPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
