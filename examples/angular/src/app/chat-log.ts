import { signal } from '@angular/core';

/** What the custom chat provider was last asked to open (shown in `#chat-log`). */
export const chatLog = signal('');
