import { css } from 'lit';

/** Styles of `<wm-studio>`: a panel docked to one side of the viewport, isolated from the page's CSS. */
export const studioStyles = css`
:host{position:fixed!important;top:0!important;bottom:0!important;right:0!important;left:auto!important;
width:min(400px,100vw)!important;height:auto!important;margin:0!important;padding:0!important;border:0!important;
z-index:2147483000!important;display:block!important;background:none!important;overflow:visible!important;
max-height:none!important;max-width:none!important;inset-inline:auto!important}
:host([dock=right]){right:0!important;left:auto!important}
:host([dock=left]){left:0!important;right:auto!important}
:host([minimized]){top:auto!important;width:auto!important}
.panel{box-sizing:border-box;height:100%;display:flex;flex-direction:column;background:var(--_bg);color:var(--_fg);
box-shadow:var(--_shadow);border-inline-start:1px solid var(--_muted)}
:host([minimized]) .panel{height:auto;border-radius:var(--_radius) var(--_radius) 0 0}
header{display:flex;align-items:center;gap:4px;padding:8px 10px;border-bottom:1px solid var(--_muted)}
h2{font-size:15px;margin:0;flex:1}
h3{font-size:13px;margin:14px 0 6px;text-transform:uppercase;letter-spacing:.04em;color:var(--_muted)}
h4{font-size:13px;margin:12px 0 4px}
.scroll{overflow:auto;padding:0 12px 24px;flex:1}
button{font:inherit;font-size:13px;color:inherit;background:transparent;border:1px solid var(--_muted);
border-radius:6px;padding:3px 9px;cursor:pointer;min-height:28px}
button.primary{background:var(--_accent);color:var(--_accent-fg);border-color:var(--_accent)}
button.danger{color:#b42318;border-color:#b42318}
button.link{border:0;padding:2px 4px;text-align:start;text-decoration:underline}
button[aria-pressed=true],button[aria-current=true]{background:var(--_accent);color:var(--_accent-fg)}
button:disabled{opacity:.5;cursor:default}
:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
.row{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:6px 0}
label{display:block;font-weight:600;font-size:12px;margin:10px 0 2px}
input,select,textarea{box-sizing:border-box;width:100%;font:inherit;font-size:13px;color:var(--_fg);
background:var(--_bg);border:1px solid var(--_muted);border-radius:6px;padding:4px 6px}
textarea{min-height:64px;resize:vertical;font-family:ui-monospace,monospace}
textarea.prose{font-family:inherit}
[aria-invalid=true]{border-color:#d1242f;box-shadow:0 0 0 1px #d1242f}
.error{color:#d1242f;font-size:12px;margin:2px 0 0}
.warning{color:#9a6700;font-size:12px;margin:2px 0 0}
.hint{color:var(--_muted);font-size:12px;margin:2px 0 0}
ul{list-style:none;margin:0;padding:0}
.guides li{display:flex;gap:4px;margin:2px 0}
.guides li button{flex:1;text-align:start;border-color:transparent}
[role=listbox]{border:1px solid var(--_muted);border-radius:6px;padding:2px;margin:4px 0}
[role=option]{padding:4px 8px;border-radius:4px;cursor:pointer;display:flex;gap:6px}
[role=option][aria-selected=true]{background:var(--_accent);color:var(--_accent-fg)}
.count{margin-inline-start:auto;font-size:12px;opacity:.8}
.card{border:1px solid var(--_muted);border-radius:6px;padding:6px 8px;margin:6px 0}
.md{border:1px dashed var(--_muted);border-radius:6px;padding:4px 8px;margin-top:4px}
.md p{margin:.3em 0}
.status{min-height:1.5em;font-size:12px;padding:4px 12px;color:var(--_muted)}
.proposals li{display:flex;gap:6px;align-items:center;margin:2px 0}
.proposals code{flex:1;overflow-wrap:anywhere;font-size:12px}
.drop{outline:2px dashed var(--_accent);outline-offset:-6px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:no-preference){button{transition:background .15s}}
`;
