/**
 * Contextual hints in the guide document: plain JSON types, merged into the guide document schema.
 * @packageDocumentation
 */
import type { GuideAvailability } from '../availability/availability-definition.js';
import type { Condition } from '../conditions/condition-definition.js';
import type { ButtonDefinition, Placement, TargetSelector } from '../common-definition.js';
import type { FrequencyDefinition } from '../proactive/frequency-definition.js';

/** How a beacon looks: `pulse`, a pulsing dot; `icon`, a round `?` button. */
export type BeaconStyle = 'pulse' | 'icon';

/** The beacon's look and where it sits on its target. */
export interface BeaconDefinition {
  /**
   * How the beacon looks.
   * @default "pulse"
   */
  style?: BeaconStyle;
  /**
   * Which edge of the target the beacon sits on, and where along it: `top-end` is on the top edge at the end
   * (right in left-to-right text), centred on the edge line.
   * @default "top-end"
   */
  placement?: Placement;
}

/**
 * What opens the hint's tip. `click`: activating the beacon (click, Enter or Space). `hover`: also pointer hover
 * and keyboard focus on the beacon. `auto`: the tip opens by itself when the target appears.
 */
export type HintOpen = 'click' | 'hover' | 'auto';

/** A contextual hint: a beacon on an element of the page that opens a small tip. */
export interface HintDefinition extends GuideAvailability {
  /**
   * A stable id, unique among the document's hints. Progress (dismissed for good) and analytics refer to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /** The element the hint belongs to. The beacon shows while it is on the page and visible. */
  target: TargetSelector;
  /**
   * The tip's heading; the beacon is named "Hint: " followed by it.
   * @minLength 1
   */
  title: string;
  /**
   * The tip's text, in a safe Markdown subset: `**bold**`, `*emphasis*`, `` `code` ``, `[links](https://…)`,
   * and lists. Raw HTML is shown as text.
   */
  body?: string;
  /**
   * The beacon: `"pulse"` or `"icon"`, or an object with its `style` and `placement`.
   * @default "pulse"
   */
  beacon?: BeaconStyle | BeaconDefinition;
  /**
   * What opens the tip.
   * @default "click"
   */
  open?: HintOpen;
  /**
   * Where the tip sits relative to the target.
   * @default "bottom"
   */
  placement?: Placement;
  /**
   * The tip's buttons (start a tour, open a link, open chat, run an app action). A `dismiss` button hides the
   * hint for good; without one, a "Got it" button that does so is added.
   */
  buttons?: ButtonDefinition[];
  /** When to offer this hint automatically. Without it the hint shows whenever its target is on the page. */
  trigger?: Condition;
  /** Which users this hint is for (traits, segments). */
  audience?: Condition;
  /** How often it may be shown automatically. */
  frequency?: FrequencyDefinition;
}
