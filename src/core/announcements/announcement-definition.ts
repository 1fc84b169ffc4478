/**
 * Announcements ("what's new", policy notices) in the guide document: plain JSON types, merged into the
 * guide document schema.
 * @packageDocumentation
 */
import type { GuideAvailability } from '../availability/availability-definition.js';
import type { Condition } from '../conditions/condition-definition.js';
import type { ActionDefinition } from '../common-definition.js';
import type { FrequencyDefinition } from '../proactive/frequency-definition.js';

/** A button of an announcement. `dismiss` (or `complete`) just closes it. */
export interface AnnouncementButton extends ActionDefinition {
  /**
   * The text on the button.
   * @minLength 1
   */
  label: string;
}

/** An image at the top of an announcement. */
export interface AnnouncementImage {
  /**
   * The image URL: `https:` or relative (`/img/new.png`, `./new.svg`). Other schemes (`data:`, `http:`) are refused.
   * @minLength 1
   * @pattern ^(https://|(?![A-Za-z][A-Za-z0-9+.-]*:))
   */
  src: string;
  /**
   * What the image shows, for screen readers; `""` for a purely decorative image.
   */
  alt: string;
}

/** A message shown once in a centred modal or a corner slide-out. */
export interface AnnouncementDefinition extends GuideAvailability {
  /**
   * A stable id, unique among the document's announcements. Progress and analytics refer to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /**
   * The heading.
   * @minLength 1
   */
  title: string;
  /** The message, in the safe Markdown subset of step bodies. */
  body?: string;
  /** An image above the heading. */
  image?: AnnouncementImage;
  /**
   * `modal`: centred, the page behind is inert until it closes. `slideout`: a corner panel that leaves the page
   * usable and does not take focus (screen readers hear its title).
   * @default "modal"
   */
  style?: 'modal' | 'slideout';
  /** The main button (e.g. start a tour). */
  primary?: AnnouncementButton;
  /** A second, quieter button (e.g. "Later": `{"label": "Later", "action": "dismiss"}`). */
  secondary?: AnnouncementButton;
  /**
   * Offer a "Don't show this again" checkbox.
   * @default true
   */
  dontShowAgain?: boolean;
  /**
   * `load`: show once per browser session after the page loads, until the user asks not to see it again.
   * `manual`: only when started by the app or the proactive engine. Default: `load` without a `trigger`,
   * `manual` with one.
   */
  showOn?: 'load' | 'manual';
  /** When to offer it automatically (proactive engine). */
  trigger?: Condition;
  /** Which users it is for (traits, segments). */
  audience?: Condition;
  /** How often it may be shown automatically. */
  frequency?: FrequencyDefinition;
}
