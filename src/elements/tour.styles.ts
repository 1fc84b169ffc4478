import { css } from 'lit';

/** The styles of `<wm-tour>`: no box of its own, and a visually hidden live region. */
export const tourStyles = css`
  :host { display: contents }
  .sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
`;
