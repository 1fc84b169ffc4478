import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Chinese (Simplified). */
export default {
  next: '下一步',
  back: '上一步',
  done: '完成',
  close: '关闭导览',
  progress: '{current} / {total}',
  'checklist.locked': '请先完成{items}',
  'checklist.itemDone': '{item}：已完成',
  'checklist.done': '全部完成！🎉',
  'checklist.dismiss': '隐藏清单',
  'hint.gotIt': '知道了',
  'hint.beacon': '提示：{title}',
  'hint.close': '关闭',
  'announcement.close': '关闭',
  'announcement.dontShowAgain': '不再显示',
  'chat.label': '在线咨询',
  'chat.loading': '正在连接…',
  'chat.offline': '恢复服务：{{hours.next}}',
  'chat.stuck': '遇到问题？在线咨询',
} satisfies LabelCatalog;
