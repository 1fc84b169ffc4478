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
`;
