/**
 * The built-in UI words of one language, by the keys of `createWaymark({ labels })` (which still win over them).
 * `{…}` / `{{…}}` placeholders are filled in; each entry notes its English default.
 */
export interface LabelCatalog {
  /** "Next" */
  next: string;
  /** "Back" */
  back: string;
  /** "Done" */
  done: string;
  /** Accessible name of a tour's close button: "Close tour" */
  close: string;
  /** A tour's progress: "{current} of {total}" */
  progress: string;
  /** "Complete {items} first" */
  'checklist.locked': string;
  /** Announced when an item completes: "{item}: done" */
  'checklist.itemDone': string;
  /** "All done! 🎉" */
  'checklist.done': string;
  /** "Dismiss checklist" */
  'checklist.dismiss': string;
  /** "Got it" */
  'hint.gotIt': string;
  /** A beacon's accessible name: "Hint: {title}" */
  'hint.beacon': string;
  /** "Close" */
  'hint.close': string;
  /** "Close" */
  'announcement.close': string;
  /** "Don't show this again" */
  'announcement.dontShowAgain': string;
  /** "Chat with us" */
  'chat.label': string;
  /** "Connecting…" */
  'chat.loading': string;
  /** After hours: "Back {{hours.next}}" (a day and time) */
  'chat.offline': string;
  /** The help offer in a step: "Still stuck? Chat with us" */
  'chat.stuck': string;
}
