/**
 * Onboarding checklists in the guide document: plain JSON types, merged into the guide document schema.
 * @packageDocumentation
 */
import type { GuideAvailability } from '../availability/availability-definition.js';
import type { Condition } from '../conditions/condition-definition.js';
import type { ButtonDefinition, LauncherPosition } from '../common-definition.js';

/**
 * When a checklist item is complete: a condition (a tour completed, an event tracked often enough, an element
 * on the page, …), or `"manual"` when the user ticks it.
 * @examples [{"guide": "welcome", "state": "completed"}, {"event": "invite.sent", "count": 3}, {"element": "#project-list li", "state": "present"}, "manual"]
 */
export type CompletionRule = Condition | 'manual';

export type { LauncherPosition };

/** One task of a checklist. */
export interface ChecklistItemDefinition {
  /**
   * A stable id, unique within the checklist. Progress and analytics refer to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /**
   * The task, short (`"Invite your team"`).
   * @minLength 1
   */
  title: string;
  /** More about the task, in the same safe Markdown subset as step bodies. */
  body?: string;
  /** A button next to the item: start a tour, open a link, open chat or run an app action. */
  action?: ButtonDefinition;
  /** When the item is complete. Once complete it stays complete. */
  completeWhen: CompletionRule;
  /** Ids of items of this checklist that must be complete first; until then the item is locked. */
  dependsOn?: string[];
}

/** An onboarding checklist: ordered tasks that complete themselves as the user does them. */
export interface ChecklistDefinition extends GuideAvailability {
  /**
   * A stable id, unique among the document's checklists; `<wm-checklist checklist="…">` refers to it.
   * @minLength 1
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  id: string;
  /**
   * The heading, also the launcher's text.
   * @minLength 1
   */
  title: string;
  /** A line under the heading, in the safe Markdown subset. */
  description?: string;
  /**
   * The tasks, in order.
   * @minItems 1
   */
  items: ChecklistItemDefinition[];
  /**
   * `floating`: Waymark shows a launcher button in a corner. `inline`: the app places
   * `<wm-checklist checklist="id">` where it wants it.
   * @default "floating"
   */
  launcher?: 'floating' | 'inline';
  /**
   * The corner of the floating launcher.
   * @default "bottom-right"
   */
  position?: LauncherPosition;
}
