import type { LabelCatalog } from './label-catalog.js';

/** Waymark's UI words in Spanish. */
export default {
  next: 'Siguiente',
  back: 'Atrás',
  done: 'Listo',
  close: 'Cerrar recorrido',
  progress: '{current} de {total}',
  'checklist.locked': 'Completa primero {items}',
  'checklist.itemDone': '{item}: completado',
  'checklist.done': '¡Todo listo! 🎉',
  'checklist.dismiss': 'Ocultar lista de tareas',
  'hint.gotIt': 'Entendido',
  'hint.beacon': 'Sugerencia: {title}',
  'hint.close': 'Cerrar',
  'announcement.close': 'Cerrar',
  'announcement.dontShowAgain': 'No volver a mostrar',
  'chat.label': 'Chatea con nosotros',
  'chat.loading': 'Conectando…',
  'chat.offline': 'Disponibles de nuevo: {{hours.next}}',
  'chat.stuck': '¿Necesitas ayuda? Chatea con nosotros',
} satisfies LabelCatalog;
