import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-spotlight>`. */
export const spotlightStyles = css`
:host{display:contents}
.backdrop{position:fixed;inset:0;inline-size:auto;block-size:auto;margin:0;padding:0;border:0;background:none;overflow:hidden;pointer-events:none}
:host([inactive]) .backdrop{display:none}
svg{display:block;pointer-events:none}
path{fill:var(--wm-backdrop-color,rgb(0 0 0/.5));pointer-events:auto;transition:d .25s ease}
rect{pointer-events:all}
:host([moving]) path{transition:none}
@media (prefers-reduced-motion:reduce){path{transition:none}}
.anchored{position-anchor:auto;position-visibility:always;inset:auto;left:calc(anchor(left) - var(--_p));top:calc(anchor(top) - var(--_p));inline-size:calc(anchor-size(width) + 2 * var(--_p));block-size:calc(anchor-size(height) + 2 * var(--_p));box-sizing:border-box;border-radius:var(--_r);box-shadow:0 0 0 200vmax var(--wm-backdrop-color,rgb(0 0 0/.5));overflow:visible;pointer-events:auto}
.through{pointer-events:none}
i{position:absolute;inset:-200vmax;pointer-events:auto}
i:nth-child(1){bottom:100%}
i:nth-child(2){top:100%}
i:nth-child(3){top:0;bottom:0;right:100%}
i:nth-child(4){top:0;bottom:0;left:100%}
`;
