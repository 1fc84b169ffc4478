import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Portuguese (Brazil). */
export default {
  next: 'Próximo',
  back: 'Voltar',
  done: 'Concluir',
  close: 'Fechar tour',
  progress: '{current} de {total}',
  'checklist.locked': 'Conclua {items} primeiro',
  'checklist.itemDone': '{item}: concluído',
  'checklist.done': 'Tudo pronto! 🎉',
  'checklist.dismiss': 'Ocultar lista de tarefas',
  'hint.gotIt': 'Entendi',
  'hint.beacon': 'Dica: {title}',
  'hint.close': 'Fechar',
  'announcement.close': 'Fechar',
  'announcement.dontShowAgain': 'Não mostrar novamente',
  'chat.label': 'Fale conosco',
  'chat.loading': 'Conectando…',
  'chat.offline': 'Disponível novamente: {{hours.next}}',
  'chat.stuck': 'Precisa de ajuda? Fale conosco',
} satisfies LabelCatalog;
