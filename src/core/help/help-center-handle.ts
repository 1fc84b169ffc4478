/**
 * How an instance reaches its help centre without loading it: the feature puts its opener here (per instance, in
 * `context.shared`) when it starts, and `waymark.openHelp()` or a survey's "Open help" offer calls it.
 * @packageDocumentation
 */
import { sharedKey } from '../waymark-context.js';
import type { HelpOpenReason } from './help-events.js';

/** The help centre's opener; absent while the feature does not run. */
export interface HelpCenterHandle {
  open?: (reason: HelpOpenReason, articleId?: string) => boolean;
}

/** The key of the instance's {@link HelpCenterHandle} in `context.shared`. */
export const HELP_CENTER = sharedKey<HelpCenterHandle>('help-center');
