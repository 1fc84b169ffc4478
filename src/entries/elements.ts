/**
 * `waymark/elements`: every Waymark element class, for Storybook, tests or registering them yourself
 * (`registerElements({ 'wm-checklist': WmChecklist })`). `createWaymark` registers what it uses by itself.
 * @packageDocumentation
 */
export * from '../elements/index.js';
export { registerElements } from '../elements/register-elements.js';
export {
  WmChecklist,
  defaultChecklistLabels,
  type ChecklistController,
  type ChecklistLabels,
  type ChecklistModel,
} from '../elements/checklist.js';
export { WmHint, type WmToggleDetail } from '../elements/hint.js';
export { WmAnnouncement, type AnnouncementLabels, type WmCloseDetail } from '../elements/announcement.js';
export { WmChatButton, type ChatButtonState, type ChatButtonView } from '../elements/chat-button.js';
export { WmMetricsPanel, defaultMetricsLabels, metricsLabels, type MetricsLabels } from '../elements/metrics-panel.js';
export { provideContext, requestContext, type ContextRequestDetail } from '../elements/request-context.js';
export { showAnnouncement } from '../features/announcements.js';
