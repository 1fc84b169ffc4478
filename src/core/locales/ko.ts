import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Korean. */
export default {
  next: '다음',
  back: '이전',
  done: '완료',
  close: '투어 닫기',
  progress: '{current}/{total}',
  'checklist.locked': '먼저 {items}을(를) 완료하세요',
  'checklist.itemDone': '{item}: 완료',
  'checklist.done': '모두 완료했습니다! 🎉',
  'checklist.dismiss': '체크리스트 숨기기',
  'hint.gotIt': '확인',
  'hint.beacon': '힌트: {title}',
  'hint.close': '닫기',
  'announcement.close': '닫기',
  'announcement.dontShowAgain': '다시 표시하지 않음',
  'chat.label': '채팅 상담',
  'chat.loading': '연결 중…',
  'chat.offline': '상담 재개: {{hours.next}}',
  'chat.stuck': '도움이 필요하신가요? 채팅 상담',
} satisfies LabelCatalog;
