/**
 * The parent of an element in the flat tree, crossing into the embedding page from a same-origin frame: the
 * assigned slot, the parent element, the shadow host, or the `<iframe>` element whose document this is.
 * @param el - the element.
 * @returns the parent, or `null` at the top.
 */
export const flatParent = (el: Element): Element | null => {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  if (parent && 'host' in parent) return (parent as ShadowRoot).host;
  try {
    // A document's root element: step out to the frame element (null across origins, and at the top).
    return parent?.nodeType == 9 ? ((parent as Document).defaultView?.frameElement ?? null) : null;
  } catch {
    return null;
  }
};

const isModal = (el: Element) => {
  try {
    return el.localName == 'dialog' && el.matches(':modal');
  } catch {
    return false; // no :modal support: nothing is taken for a modal dialog
  }
};

/**
 * The open modal `<dialog>` (`showModal()`) that contains an element, in the flat tree and across same-origin
 * frames: while one is open the browser makes everything outside it inert, including popovers that are not
 * its flat-tree descendants (whatwg/html#11195). So whatever must stay interactive over such a target is
 * mounted inside this dialog.
 * @param el - the element (a step's target, the focused element), or `null`.
 * @param doc - only dialogs of this document count (elements cannot be moved into another document's dialog
 *   with their constructed stylesheets). @default document
 * @returns the innermost such dialog, or `null`.
 */
export function modalDialogOf(el: Element | null | undefined, doc: Document = document): HTMLDialogElement | null {
  for (let e = el ?? null; e; e = flatParent(e))
    if (e.ownerDocument == doc && isModal(e)) return e as HTMLDialogElement;
  return null;
}
