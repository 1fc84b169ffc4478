/**
 * `waymark/elements`: every Waymark element class, for Storybook, tests or registering them yourself
 * (`registerElements({ 'wm-checklist': WmChecklist })`). `createWaymark` registers what it uses by itself.
 * @packageDocumentation
 */
export * from '../elements/index.js';
export { registerElements } from '../elements/register-elements.js';
// Here rather than in the main entry: a module the main entry exports lands in every app's first download (bundlers
// assign a module to each entry that reaches it), and the tour loads this one only for a target not on the page yet.
export { waitForTarget, type WaitForTargetOptions } from '../dom/wait-for-target.js';
export {
  WmChecklist,
  defaultChecklistLabels,
  type ChecklistController,
  type ChecklistLabels,
  type ChecklistModel,
} from '../elements/checklist.js';
export { WmHint, type WmToggleDetail } from '../elements/hint.js';
export {
  WmHelpCenter,
  defaultHelpCenterLabels,
  type HelpArticleItem,
  type HelpArticleView,
  type HelpCenterController,
  type HelpCenterLabels,
  type HelpCenterState,
} from '../elements/help-center.js';
export {
  WmSurvey,
  defaultSurveyLabels,
  type SurveyLabels,
  type WmSurveyAnswerDetail,
  type WmSurveyCloseDetail,
} from '../elements/survey.js';
export { WmAnnouncement, type AnnouncementLabels, type WmCloseDetail } from '../elements/announcement.js';
export { WmChatButton, type ChatButtonState, type ChatButtonView } from '../elements/chat-button.js';
export { WmMetricsPanel, defaultMetricsLabels, metricsLabels, type MetricsLabels } from '../elements/metrics-panel.js';
export { provideContext, requestContext, type ContextRequestDetail } from '../elements/request-context.js';
export { showAnnouncement } from '../features/announcements.js';
