import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Japanese. */
export default {
  next: '次へ',
  back: '戻る',
  done: '完了',
  close: 'ツアーを閉じる',
  progress: '{current} / {total}',
  'checklist.locked': '先に{items}を完了してください',
  'checklist.itemDone': '{item}: 完了',
  'checklist.done': 'すべて完了しました！🎉',
  'checklist.dismiss': 'チェックリストを非表示',
  'hint.gotIt': 'わかりました',
  'hint.beacon': 'ヒント: {title}',
  'hint.close': '閉じる',
  'announcement.close': '閉じる',
  'announcement.dontShowAgain': '今後表示しない',
  'chat.label': 'チャットで相談',
  'chat.loading': '接続中…',
  'chat.offline': '対応再開: {{hours.next}}',
  'chat.stuck': 'お困りですか？チャットで相談',
} satisfies LabelCatalog;
