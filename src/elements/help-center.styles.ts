import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-help-center>`; colours come from {@link tokens}. */
export const helpCenterStyles = css`
:host{display:flex;flex-direction:column;gap:8px;font:14px/1.5 var(--_font);color:var(--_fg);--_line:color-mix(in srgb,var(--_muted) 30%,transparent)}
:host([hidden]){display:none}
:host([floating]){position:fixed!important;z-index:2147483000!important;inset:auto 16px calc(16px + var(--wm-stack-offset,0px)) auto;margin:0!important;padding:0!important;border:0!important;max-inline-size:calc(100vw - 32px);align-items:end;flex-direction:column-reverse}
:host([floating][data-wm-stack$=left]){right:auto;left:16px;align-items:start}
:host([floating][data-wm-stack^=top]){bottom:auto;top:calc(16px + var(--wm-stack-offset,0px));flex-direction:column}
:host([data-wm-yield]){visibility:hidden}
button{font:inherit;color:inherit;border:1px solid var(--_muted);border-radius:6px;background:var(--_bg);padding:6px 12px;cursor:pointer;text-align:start}
:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
#launcher,section{box-shadow:var(--_shadow)}
#launcher{display:flex;align-items:center;gap:8px;border:0;border-radius:99px;padding:8px 14px}
.badge{min-inline-size:18px;padding:0 5px;border-radius:99px;background:var(--_accent);color:var(--_accent-fg);font-size:12px;text-align:center}
section{box-sizing:border-box;inline-size:360px;max-inline-size:100%;max-block-size:min(70vh,560px);overflow:auto;padding:12px 16px;border-radius:var(--_radius);background:var(--_bg);overflow-wrap:anywhere}
:host(:not([floating])) section{box-shadow:none;border:1px solid var(--_line);max-block-size:none}
.header{display:flex;align-items:center;gap:8px;margin-bottom:8px}
h2{font-size:16px;margin:0;flex:1}
h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--_muted);margin:14px 0 4px}
.close,.back{border:0;padding:4px 8px}
input,textarea{box-sizing:border-box;inline-size:100%;font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_muted);border-radius:6px;padding:6px 10px}
textarea{min-block-size:64px;resize:vertical}
ul{list-style:none;margin:0;padding:0}
li>button,[role=option]{display:block;inline-size:100%;border:0;border-radius:6px;padding:6px 8px;background:none}
li>button:hover,[role=option]:hover,[role=option][aria-selected=true]{background:color-mix(in srgb,var(--_accent) 12%,transparent)}
[role=option]{cursor:pointer}
.snippet,.meta,.empty{display:block;font-size:13px;color:var(--_muted)}
mark{background:color-mix(in srgb,var(--_accent) 16%,var(--_bg));color:var(--_fg);font-weight:600;border-radius:2px}
.unread::after{content:"";display:inline-block;inline-size:8px;block-size:8px;margin-inline-start:6px;border-radius:50%;background:var(--_accent)}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-top:8px}
.primary{background:var(--_accent);color:var(--_accent-fg);border-color:var(--_accent)}
.human{margin-top:16px;padding-top:12px;border-top:1px solid var(--_line)}
article p{margin:0 0 8px}
a{color:var(--_accent)}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
