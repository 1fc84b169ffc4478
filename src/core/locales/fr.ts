import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in French. */
export default {
  next: 'Suivant',
  back: 'Précédent',
  done: 'Terminé',
  close: 'Fermer la visite guidée',
  progress: '{current} sur {total}',
  'checklist.locked': "Terminez d'abord {items}",
  'checklist.itemDone': '{item} : terminé',
  'checklist.done': 'Tout est terminé ! 🎉',
  'checklist.dismiss': 'Masquer la liste de tâches',
  'hint.gotIt': "J'ai compris",
  'hint.beacon': 'Astuce : {title}',
  'hint.close': 'Fermer',
  'announcement.close': 'Fermer',
  'announcement.dontShowAgain': 'Ne plus afficher',
  'chat.label': 'Discuter avec nous',
  'chat.loading': 'Connexion…',
  'chat.offline': 'De retour : {{hours.next}}',
  'chat.stuck': "Besoin d'aide ? Discutez avec nous",
} satisfies LabelCatalog;
