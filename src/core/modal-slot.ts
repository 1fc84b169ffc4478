import { atom, type ReadableAtom } from 'nanostores';
import type { ActiveStep } from './tour-engine.js';
import type { WaymarkContext } from './waymark-context.js';

/** The one-modal-at-a-time slot of an instance and the tour step's help offer (see {@link createModalSlot}). */
export type ModalSlot = Pick<WaymarkContext, '$modal' | 'claimModal' | 'releaseModal' | '$help'>;

/**
 * Create the modal slot of an instance: one modal thing at a time. A running tour holds it (as `tour:<id>`);
 * features claim it when it is free and release it when they close. The help offer ends with the tour.
 * @param $active - the tour engine's current step.
 * @param onDestroy - registers the slot's teardown (it follows `$active` until then).
 * @returns the slot.
 */
export function createModalSlot(
  $active: ReadableAtom<ActiveStep | null>,
  onDestroy: (cleanup: () => void) => void,
): ModalSlot {
  const $modal = atom<string | null>(null);
  const $help: ModalSlot['$help'] = atom(null);
  onDestroy(
    $active.subscribe((active) => {
      const holder = $modal.get();
      if (active) $modal.set(`tour:${active.tour.id}`);
      else if (holder?.startsWith('tour:')) $modal.set(null);
      if (!active) $help.set(null);
    }),
  );
  return {
    $modal,
    claimModal: (owner) => {
      const holder = $modal.get();
      if (holder && holder != owner) return false;
      $modal.set(owner);
      return true;
    },
    releaseModal: (owner) => {
      if ($modal.get() == owner) $modal.set(null);
    },
    $help,
  };
}
