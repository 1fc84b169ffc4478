import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Hebrew. */
export default {
  next: 'הבא',
  back: 'הקודם',
  done: 'סיום',
  close: 'סגירת הסיור',
  progress: '{current} מתוך {total}',
  'checklist.locked': 'יש להשלים קודם את {items}',
  'checklist.itemDone': '{item}: הושלם',
  'checklist.done': 'הכול הושלם! 🎉',
  'checklist.dismiss': 'הסתרת רשימת המשימות',
  'hint.gotIt': 'הבנתי',
  'hint.beacon': 'טיפ: {title}',
  'hint.close': 'סגירה',
  'announcement.close': 'סגירה',
  'announcement.dontShowAgain': 'לא להציג שוב',
  'chat.label': 'צ׳אט איתנו',
  'chat.loading': 'מתחבר…',
  'chat.offline': 'נחזור לזמינות: {{hours.next}}',
  'chat.stuck': 'צריכים עזרה? צ׳אט איתנו',
} satisfies LabelCatalog;
