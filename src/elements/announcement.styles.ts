import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-announcement>`; colours come from {@link tokens}. */
export const announcementStyles = css`
:host{display:contents}
dialog{box-sizing:border-box;inline-size:min(var(--_max-width),calc(100vw - 32px));max-block-size:calc(100vh - 32px);overflow:auto;padding:20px;border:0;border-radius:var(--_radius);background:var(--_bg);color:var(--_fg);box-shadow:var(--_shadow);font:14px/1.5 var(--_font);overflow-wrap:anywhere}
.modal{--wm-max-width:28rem}
.modal::backdrop{background:rgb(0 0 0/.45)}
.slide{position:fixed;inset:auto 16px 16px auto;margin:0;animation:wm-slide .25s ease-out}
@keyframes wm-slide{from{opacity:0;translate:0 16px}}
@media (prefers-reduced-motion:reduce){.slide{animation:none}}
img{display:block;inline-size:100%;block-size:auto;margin-block-end:12px;border-radius:calc(var(--_radius) - 2px)}
h2{margin:0 0 8px;padding-inline-end:28px;font-size:17px;line-height:1.3}
p,ul,ol{margin:0 0 8px}
a{color:var(--_accent)}
.f{display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;gap:8px;margin-block-start:12px}
label{margin-inline-end:auto;display:flex;gap:6px;align-items:center;color:var(--_muted);font-size:13px}
input{accent-color:var(--_accent);margin:0}
button{font:inherit;color:inherit;border-radius:6px;cursor:pointer;padding:6px 12px;border:1px solid var(--_muted);background:none}
.primary{border-color:var(--_accent);background:var(--_accent);color:var(--_accent-fg)}
.x{position:absolute;inset-block-start:8px;inset-inline-end:8px;padding:2px 8px;border:0;color:var(--_muted);font-size:20px;line-height:1}
button:focus-visible,input:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
.sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
