/**
 * The single-file ES module build (`dist/waymark.bundle.js`, every dependency and feature inside), for
 * `<script type="module">` and import maps without a bundler: the same API as `waymark`, and with `data-guides` on
 * its tag it starts by itself like the classic-script build (see {@link autoStart}).
 * @packageDocumentation
 */
import * as api from './global-api.js';
import { autoStart, findScript } from './auto-start.js';

export * from './global-api.js';

if (typeof window != 'undefined') (window as { Waymark?: unknown }).Waymark ??= api;
autoStart(findScript(import.meta.url));
