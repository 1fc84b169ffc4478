/**
 * Put an element with the `popover` attribute in the top layer, if it is connected and not already there.
 * `showPopover()` throws `InvalidStateError` on a disconnected or already-open popover; a render that lands
 * after its element left the page must not turn that into an error in the host app.
 * @param el - the popover element (nothing happens for null or where the Popover API is missing).
 */
export const showPopover = (el: HTMLElement | null | undefined): void => {
  try {
    if (el?.isConnected && el.showPopover && !el.matches(':popover-open')) el.showPopover();
  } catch {
    /* not a popover, or the browser refused: the element still renders in place */
  }
};
