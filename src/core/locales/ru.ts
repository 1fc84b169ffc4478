import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Russian. */
export default {
  next: 'Далее',
  back: 'Назад',
  done: 'Готово',
  close: 'Закрыть тур',
  progress: '{current} из {total}',
  'checklist.locked': 'Сначала выполните: {items}',
  'checklist.itemDone': '{item}: выполнено',
  'checklist.done': 'Всё готово! 🎉',
  'checklist.dismiss': 'Скрыть чек-лист',
  'hint.gotIt': 'Понятно',
  'hint.beacon': 'Подсказка: {title}',
  'hint.close': 'Закрыть',
  'announcement.close': 'Закрыть',
  'announcement.dontShowAgain': 'Больше не показывать',
  'chat.label': 'Написать нам',
  'chat.loading': 'Подключение…',
  'chat.offline': 'Снова на связи: {{hours.next}}',
  'chat.stuck': 'Нужна помощь? Написать нам',
} satisfies LabelCatalog;
