/**
 * The `waymark` program (the package's `bin`).
 * @packageDocumentation
 */
import { main } from './index.js';

void main();
