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
 *
 * Host isolation: shadow DOM keeps page selectors (`button`, `div`, `h2`…) away from the inside, but the hosts
 * themselves match the page's `*`, `:focus` and `wm-*` rules, and inherited properties flow in from the page. So
 * every host resets the inherited text properties (font, colour, spacing, case, alignment, white-space, list
 * style; `direction` still inherits, for RTL) and drops any outline or box-shadow a page's `:focus` rule
 * puts on it. These are `!important` in `:host`, which beats the page's normal *and* important declarations (the
 * inner context wins for important ones); the page keeps `display`, margins and the like of an inline element,
 * and themes through the `--wm-*` properties. Sizes are in px, never rem (a page's `html { font-size: 62.5% }`
 * would shrink them).
 */
export const tokens = css`
:host{
font:400 14px/1.5 var(--_font)!important;
color:var(--_fg)!important;
letter-spacing:normal!important;
word-spacing:normal!important;
text-transform:none!important;
text-indent:0!important;
text-align:start!important;
text-shadow:none!important;
white-space:normal!important;
list-style:disc outside!important;
-webkit-text-stroke:0!important;
outline:none!important;
box-shadow:none!important;
color-scheme:light;
--_bg:var(--wm-color-bg,#fff);
--_fg:var(--wm-color-fg,#1f2328);
--_accent:var(--wm-color-accent,#0a58ca);
--_accent-fg:var(--wm-color-accent-fg,#fff);
--_muted:var(--wm-color-muted,#57606a);
--_radius:var(--wm-radius,8px);
--_shadow:var(--wm-shadow,0 8px 24px rgb(0 0 0/.25));
--_font:var(--wm-font,system-ui,sans-serif);
--_max-width:var(--wm-max-width,352px)}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${dark}}}
:host([theme=dark]){${dark}}
`;
