import { css } from 'lit';

// One rule per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
/** Styles of `<wm-hint>`'s beacon; colours come from {@link tokens}. The tip is a `<wm-popover>`. */
export const hintStyles = css`
:host{display:contents}
.beacon{position:absolute;inset:0 auto auto 0;margin:0;padding:0;inline-size:24px;block-size:24px;border:0;border-radius:50%;background:none;overflow:visible;cursor:pointer;color:var(--_accent-fg);font:700 14px/24px var(--_font);text-align:center}
.icon{background:var(--_accent);box-shadow:var(--_shadow)}
.pulse::before,.pulse::after{content:'';position:absolute;inset:6px;border-radius:50%;background:var(--_accent)}
.pulse::after{animation:wm-pulse 1.6s ease-out infinite}
@keyframes wm-pulse{to{transform:scale(2.4);opacity:0}}
@media (prefers-reduced-motion:reduce){.pulse::after{animation:none}}
.moving::after{animation:none}
.beacon:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
.covered{visibility:hidden}
.parked:not(:popover-open){display:block;position:absolute;inset:auto;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;animation:none}
.parked:not(:popover-open)::before,.parked:not(:popover-open)::after{content:none;animation:none}
`;
