/**
 * The classic-script build (`dist/waymark.global.js`, an IIFE with every dependency and feature inside): starts
 * from its tag's attributes (see {@link autoStart}) and exposes the API as `window.Waymark` (the IIFE's global name).
 * @packageDocumentation
 */
import { autoStart } from './auto-start.js';

export * from './global-api.js';

autoStart(typeof document == 'undefined' ? null : document.currentScript);
