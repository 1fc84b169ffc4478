import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Italian. */
export default {
  next: 'Avanti',
  back: 'Indietro',
  done: 'Fine',
  close: 'Chiudi tour',
  progress: '{current} di {total}',
  'checklist.locked': 'Completa prima {items}',
  'checklist.itemDone': '{item}: completato',
  'checklist.done': 'Tutto fatto! 🎉',
  'checklist.dismiss': 'Nascondi elenco attività',
  'hint.gotIt': 'Ho capito',
  'hint.beacon': 'Suggerimento: {title}',
  'hint.close': 'Chiudi',
  'announcement.close': 'Chiudi',
  'announcement.dontShowAgain': 'Non mostrare più',
  'chat.label': 'Chatta con noi',
  'chat.loading': 'Connessione in corso…',
  'chat.offline': 'Di nuovo disponibili: {{hours.next}}',
  'chat.stuck': 'Serve aiuto? Chatta con noi',
} satisfies LabelCatalog;
