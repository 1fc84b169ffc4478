import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-popover>`; colours come from {@link tokens}. */
export const popoverStyles = css`
:host{display:contents}
.dialog{box-sizing:border-box;inline-size:max-content;max-inline-size:min(var(--_max-width),calc(100vw - 16px));padding:16px;border:0;border-radius:var(--_radius);background:var(--_bg);color:var(--_fg);box-shadow:var(--_shadow);font:14px/1.5 var(--_font);overflow:visible;overflow-wrap:anywhere}
.anchored{inset:auto;margin:0;position-anchor:auto;position-visibility:always}
.dialog:popover-open{display:flex;flex-direction:column}
[data-sheet]{inline-size:auto;max-inline-size:none;max-block-size:50vh}
.dialog:popover-open{transition:opacity .15s ease-out}
@starting-style{.dialog:popover-open{opacity:.4}}
@media (prefers-reduced-motion:reduce){.dialog:popover-open{transition:none}}
h2{margin:0 0 8px;padding-inline-end:28px;font-size:16px;line-height:1.3}
.body{max-block-size:60vh;overflow:auto}
p,ul,ol{margin:0 0 8px}
ul,ol{padding-inline-start:20px}
a{color:var(--_accent)}
code{font:.9em ui-monospace,monospace;padding:0 4px;border-radius:4px;background:color-mix(in srgb,currentColor 10%,transparent)}
.footer{display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;gap:8px;margin-block-start:12px}
.progress{margin-inline-end:auto;color:var(--_muted);font-size:13px}
button{font:inherit;color:inherit;border-radius:6px;cursor:pointer}
.footer button{padding:6px 12px;border:1px solid var(--_muted);background:none}
.footer .primary{border-color:var(--_accent);background:var(--_accent);color:var(--_accent-fg)}
.close{position:absolute;inset-block-start:8px;inset-inline-end:8px;padding:2px 8px;border:0;background:none;color:var(--_muted);font-size:20px;line-height:1}
button:focus-visible,.dialog:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
.arrow{position:absolute;inline-size:10px;block-size:10px;background:inherit;rotate:45deg}
[data-placement^=top]>.arrow{bottom:-5px}
[data-placement^=bottom]>.arrow{top:-5px}
[data-placement^=left]>.arrow{right:-5px}
[data-placement^=right]>.arrow{left:-5px}
:is([data-reference-hidden],[data-detached],[data-sheet])>.arrow{visibility:hidden}
`;
