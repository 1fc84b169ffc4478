import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-chat-button>`; colours come from {@link tokens}. */
export const chatButtonStyles = css`
:host{display:inline-flex;flex-direction:column;align-items:flex-start;gap:4px;font:14px/1.4 var(--_font)}
:host([hidden]){display:none}
:host([launcher]){position:fixed!important;z-index:2147483000!important;inset:auto 16px calc(16px + var(--wm-stack-offset,0px)) auto;margin:0!important;padding:0!important;border:0!important;align-items:flex-end}
:host([launcher^=top]:not([data-wm-stack])),:host([launcher][data-wm-stack^=top]){top:calc(16px + var(--wm-stack-offset,0px));bottom:auto}
:host([launcher$=left]:not([data-wm-stack])),:host([launcher][data-wm-stack$=left]){left:16px;right:auto;align-items:flex-start}
:host([data-wm-yield]){visibility:hidden}
.b{padding:8px 16px;border:1px solid var(--_accent);border-radius:99px;background:var(--_accent);color:var(--_accent-fg);font:inherit;text-decoration:none;cursor:pointer}
:host([launcher]) .b{box-shadow:var(--_shadow)}
:host(:not([state=online])) .b{border-color:var(--_muted);background:var(--_bg);color:var(--_fg)}
.b[aria-busy=true]{cursor:progress;border-style:dashed}
.b:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
.s{color:var(--_muted);font-size:12px}
:host([state=loading]) .s{animation:wm-late 1s step-end}
@keyframes wm-late{from{visibility:hidden}}
:host([launcher]) .s{padding:2px 8px;border-radius:4px;background:var(--_bg)}
`;
