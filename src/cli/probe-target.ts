/**
 * What a person would see of a target, worked out inside the app's page (this function is sent to the browser as
 * it is: it must use nothing from outside itself).
 * @packageDocumentation
 */

/** The finding for one target. */
export interface Probe {
  /** The selector of the list that matched (the first one that does, as at runtime), or undefined. */
  selector?: string;
  /** How many elements that selector matches. */
  matches: number;
  /** Selectors of the list that are not valid CSS. */
  invalid: string[];
  /** Rendered, with a size, on screen once scrolled to, and not covered by something else. */
  visible: boolean;
  /** Why a person cannot see it, when `visible` is false. */
  reason?: string;
}

/**
 * Resolve a target (a selector or fallbacks, `>>>` entering open shadow roots and same-origin frames), scroll the
 * first match into view and check that a person can see it.
 * @param selectors - the target's selectors, tried in order.
 */
export function probeTarget(selectors: string[]): Probe {
  const invalid: string[] = [];
  const all = (sel: string): Element[] => {
    let roots: ParentNode[] = [document];
    const parts = sel.split('>>>');
    for (let i = 0; i < parts.length; i++) {
      const found: Element[] = [];
      for (const root of roots) found.push(...root.querySelectorAll(parts[i]));
      if (i == parts.length - 1) return found;
      roots = [];
      for (const el of found) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        else if (el.localName == 'iframe' || el.localName == 'frame') {
          try {
            const d = (el as HTMLIFrameElement).contentDocument;
            if (d) roots.push(d);
          } catch {
            /* cross-origin */
          }
        }
      }
    }
    return [];
  };
  for (const selector of selectors) {
    let found: Element[];
    try {
      found = all(selector);
    } catch {
      invalid.push(selector);
      continue;
    }
    if (!found.length) continue;
    const el = found[0];
    const result = (visible: boolean, reason?: string): Probe => ({
      selector,
      matches: found.length,
      invalid,
      visible,
      reason,
    });
    const view = el.ownerDocument.defaultView ?? window;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      return result(false, 'hidden (display: none, visibility: hidden or opacity: 0)');
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width < 1 && r.height < 1) return result(false, 'it has no size (0 × 0)');
    const w = view.innerWidth;
    const h = view.innerHeight;
    if (r.right <= 0 || r.bottom <= 0 || r.left >= w || r.top >= h)
      return result(false, 'outside the viewport even after scrolling (clipped or positioned off screen)');
    // Covered: the topmost element at the visible part's centre is neither the target nor inside it.
    const x = (Math.max(r.left, 0) + Math.min(r.right, w)) / 2;
    const y = (Math.max(r.top, 0) + Math.min(r.bottom, h)) / 2;
    let top: Element | null = el.ownerDocument.elementFromPoint(x, y);
    while (top?.shadowRoot) {
      const inner: Element | null = top.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner == top) break;
      top = inner;
    }
    const inside = (node: Node | null): boolean => {
      for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n == el) return true;
      return false;
    };
    // (An ancestor on top means the target lets pointer events through: it is seen, not covered.)
    if (top && !inside(top) && !top.contains(el)) return result(false, `covered by ${describe(top)}`);
    return result(true);
  }
  return { matches: 0, invalid, visible: false, reason: 'no element matches' };

  function describe(el: Element) {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className == 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    return `<${el.localName}${id}${cls}>`;
  }
}
