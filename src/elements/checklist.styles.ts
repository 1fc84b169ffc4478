import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-checklist>`; colours come from {@link tokens}. */
export const checklistStyles = css`
:host{display:flex;flex-direction:column;gap:8px;font:14px/1.5 var(--_font);color:var(--_fg);--_line:color-mix(in srgb,var(--_muted) 30%,transparent)}
:host([hidden]){display:none}
:host([floating]){position:fixed!important;z-index:2147483000!important;inset:auto 16px calc(16px + var(--wm-stack-offset,0px)) auto;margin:0!important;padding:0!important;border:0!important;max-inline-size:calc(100vw - 32px);align-items:end;flex-direction:column-reverse}
:host([floating][position$=left]:not([data-wm-stack])),:host([floating][data-wm-stack$=left]){right:auto;left:16px;align-items:start}
:host([floating][position^=top]:not([data-wm-stack])),:host([floating][data-wm-stack^=top]){bottom:auto;top:calc(16px + var(--wm-stack-offset,0px));flex-direction:column}
:host([data-wm-yield]){visibility:hidden}
button{font:inherit;color:inherit;border:1px solid var(--_muted);border-radius:6px;background:var(--_bg);padding:6px 12px;cursor:pointer}
:disabled{cursor:default;opacity:.6}
:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
#launcher,section{box-shadow:var(--_shadow)}
#launcher{display:flex;align-items:center;gap:8px;border:0;border-radius:99px;padding:8px 14px}
svg{inline-size:22px;rotate:-90deg;fill:none;stroke-width:4;stroke:var(--_line)}
circle+circle{stroke:var(--_accent);stroke-linecap:round;transition:stroke-dasharray .3s}
section{box-sizing:border-box;inline-size:320px;max-inline-size:100%;max-block-size:70vh;overflow:auto;padding:12px 16px;border-radius:var(--_radius);background:var(--_bg);overflow-wrap:anywhere}
ul{list-style:none;margin:0;padding:0}
li{display:flex;gap:10px;padding:8px 0;align-items:start}
li+li{border-top:1px solid var(--_line)}
input,span[role]{flex:none;inline-size:18px;block-size:18px;margin:2px 0 0;accent-color:var(--_accent)}
span[role]{box-sizing:border-box;border:2px solid var(--_muted);border-radius:50%;display:grid;place-items:center}
span[aria-checked=true]{border-color:var(--_accent);background:var(--_accent)}
[aria-checked=true]::after{content:"";inline-size:5px;block-size:9px;margin-top:-2px;border:solid var(--_accent-fg);border-width:0 2px 2px 0;rotate:45deg}
label,[part=complete]{font-weight:600}
[part=complete]{margin-top:8px}
[part~=item-done] label{text-decoration:line-through}
[part=count],[part~=item-done] label,.m{color:var(--_muted)}
p{margin:0 0 6px}
.why{font-size:13px;font-style:italic}
a{color:var(--_accent)}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){circle{transition:none}}
`;
