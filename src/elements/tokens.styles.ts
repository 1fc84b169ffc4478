import { css, unsafeCSS } from 'lit';

// One declaration per line: these strings ship as they are (bundlers do not minify CSS in tagged templates).
const dark = unsafeCSS(`color-scheme:dark;
--_bg:var(--wm-color-bg,#1f2328);
--_fg:var(--wm-color-fg,#e6edf3);
--_accent:var(--wm-color-accent,#6cb6ff);
--_accent-fg:var(--wm-color-accent-fg,#0d1117);
--_muted:var(--wm-color-muted,#9da7b3);
--_shadow:var(--wm-shadow,0 0 0 1px #3d444d,0 8px 24px rgb(0 0 0/.6))`);

/**
 * The design tokens shared by the elements. Each public `--wm-*` custom property may be set on the element
 * or any ancestor (`:root` works); unset ones fall back to a light default, or to a dark one under
 * `prefers-color-scheme: dark` (unless `theme="light"`) and with `theme="dark"`.
 *
 * `--wm-color-bg`, `--wm-color-fg`, `--wm-color-accent`, `--wm-color-accent-fg`, `--wm-color-muted`,
 * `--wm-radius`, `--wm-shadow`, `--wm-font`, `--wm-max-width`.
 */
export const tokens = css`
:host{
--_bg:var(--wm-color-bg,#fff);
--_fg:var(--wm-color-fg,#1f2328);
--_accent:var(--wm-color-accent,#0a58ca);
--_accent-fg:var(--wm-color-accent-fg,#fff);
--_muted:var(--wm-color-muted,#57606a);
--_radius:var(--wm-radius,8px);
--_shadow:var(--wm-shadow,0 8px 24px rgb(0 0 0/.25));
--_font:var(--wm-font,system-ui,sans-serif);
--_max-width:var(--wm-max-width,22rem)}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${dark}}}
:host([theme=dark]){${dark}}
`;
