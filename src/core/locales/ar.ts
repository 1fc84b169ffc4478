import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Arabic. */
export default {
  next: 'التالي',
  back: 'السابق',
  done: 'تم',
  close: 'إغلاق الجولة',
  progress: '{current} من {total}',
  'checklist.locked': 'أكمِل {items} أولًا',
  'checklist.itemDone': '{item}: تم',
  'checklist.done': 'اكتمل كل شيء! 🎉',
  'checklist.dismiss': 'إخفاء قائمة المهام',
  'hint.gotIt': 'حسنًا',
  'hint.beacon': 'تلميح: {title}',
  'hint.close': 'إغلاق',
  'announcement.close': 'إغلاق',
  'announcement.dontShowAgain': 'عدم العرض مرة أخرى',
  'chat.label': 'تحدّث معنا',
  'chat.loading': 'جارٍ الاتصال…',
  'chat.offline': 'متاحون مجددًا: {{hours.next}}',
  'chat.stuck': 'هل تحتاج إلى مساعدة؟ تحدّث معنا',
} satisfies LabelCatalog;
