import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-chat-button>`; colours come from {@link tokens}. */
export const chatButtonStyles = css`
:host{display:inline-flex;flex-direction:column;align-items:flex-start;gap:4px;font:14px/1.4 var(--_font)}
:host([hidden]){display:none}
:host([launcher]){position:fixed;z-index:2147483000;align-items:flex-end}
:host([launcher^=bottom]){bottom:16px}
:host([launcher^=top]){top:16px}
:host([launcher$=right]){right:16px}
:host([launcher$=left]){left:16px;align-items:flex-start}
.b{display:inline-flex;align-items:center;gap:8px;padding:8px 16px;border:1px solid var(--_accent);border-radius:999px;background:var(--_accent);color:var(--_accent-fg);font:inherit;text-decoration:none;cursor:pointer}
:host([launcher]) .b{box-shadow:var(--_shadow)}
:host([state=offline]) .b,:host([state=unavailable]) .b{border-color:var(--_muted);background:var(--_bg);color:var(--_fg)}
.b[aria-busy=true]{cursor:progress}
.b[aria-busy=true]::after{content:"";inline-size:.8em;block-size:.8em;border:2px solid;border-inline-end-color:transparent;border-radius:50%;animation:wm-spin 1s linear infinite}
@keyframes wm-spin{to{rotate:1turn}}
@media (prefers-reduced-motion:reduce){.b::after{animation:none}}
.b:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
.s{color:var(--_muted);font-size:12px}
:host([launcher]) .s{padding:2px 8px;border-radius:4px;background:var(--_bg)}
`;
