import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in German. */
export default {
  next: 'Weiter',
  back: 'Zurück',
  done: 'Fertig',
  close: 'Tour schließen',
  progress: '{current} von {total}',
  'checklist.locked': 'Zuerst {items} abschließen',
  'checklist.itemDone': '{item}: erledigt',
  'checklist.done': 'Alles erledigt! 🎉',
  'checklist.dismiss': 'Checkliste ausblenden',
  'hint.gotIt': 'Verstanden',
  'hint.beacon': 'Hinweis: {title}',
  'hint.close': 'Schließen',
  'announcement.close': 'Schließen',
  'announcement.dontShowAgain': 'Nicht mehr anzeigen',
  'chat.label': 'Mit uns chatten',
  'chat.loading': 'Verbindung wird hergestellt…',
  'chat.offline': 'Wieder erreichbar: {{hours.next}}',
  'chat.stuck': 'Brauchen Sie Hilfe? Mit uns chatten',
} satisfies LabelCatalog;
