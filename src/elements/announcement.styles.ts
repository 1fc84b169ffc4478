import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-announcement>`, on top of the popover's (shared: headings, body, footer, buttons, close). */
export const announcementStyles = css`
.box{box-sizing:border-box;inline-size:min(var(--_max-width),calc(100vw - 32px));max-block-size:calc(100vh - 32px);overflow:auto;margin:0;padding:20px;border:0;border-radius:var(--_radius);background:var(--_bg);color:var(--_fg);box-shadow:var(--_shadow);font:14px/1.5 var(--_font);overflow-wrap:anywhere}
.modal{--_max-width:448px;margin:auto}
.modal::backdrop{background:rgb(0 0 0/.45)}
.slide{position:fixed;inset:auto 16px calc(16px + var(--wm-stack-offset,0px)) auto;animation:wm-in .25s ease-out}
:host([data-wm-stack$=left]) .slide{left:16px;right:auto}
:host([data-wm-stack^=top]) .slide{top:calc(16px + var(--wm-stack-offset,0px));bottom:auto}
:host([data-wm-yield]) .slide{visibility:hidden}
@media (prefers-reduced-motion:reduce){.slide{animation:none}}
img{display:block;inline-size:100%;block-size:auto;margin-block-end:12px;border-radius:4px}
label{margin-inline-end:auto;display:flex;gap:6px;align-items:center;color:var(--_muted);font-size:13px}
input{accent-color:var(--_accent);margin:0}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
