/** The parent element, or the host when the parent is a shadow root. */
const up = (el: Element): Element | null => el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * Make everything outside `keep` inert (to pointer, keyboard and assistive technology): walk from each
 * kept element up to `<body>`, across shadow roots, and set `inert` on the siblings that are not on a
 * kept path. Kept elements and their descendants stay interactive. Only elements that were not already
 * inert are touched, and exactly those are restored.
 * @param keep - the elements that stay interactive (e.g. the step popover and the highlighted target).
 * @returns the cleanup that restores the touched elements.
 */
export function inertBackground(keep: readonly Element[]): () => void {
  const path = new Set<Element>();
  for (const kept of keep) {
    const chain: Element[] = [];
    for (let el: Element | null = kept; el && el != document.body; el = up(el)) {
      // a kept ancestor already covers this element's whole subtree
      if (el != kept && keep.includes(el)) chain.length = 0;
      chain.push(el);
    }
    chain.forEach((el) => path.add(el));
  }
  const touched: HTMLElement[] = [];
  for (const el of path) {
    for (const sibling of el.parentNode?.children ?? []) {
      if (sibling instanceof HTMLElement && !sibling.inert && !path.has(sibling)) {
        sibling.inert = true;
        touched.push(sibling);
      }
    }
  }
  return () => touched.splice(0).forEach((el) => (el.inert = false));
}
