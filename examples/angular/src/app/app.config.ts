import type { ApplicationConfig } from '@angular/core';
import { provideWaymark } from 'waymark/angular';
import guides from '../../../shared/guides.json';
import { chatLog } from './chat-log';

export const appConfig: ApplicationConfig = {
  providers: [
    // One instance for the app, destroyed with the application's environment injector.
    provideWaymark({
      guides,
      userId: 'example-user',
      storage: 'memory',
      chat: { custom: (payload) => chatLog.set(`Chat opened: ${payload.message}`) },
    }),
  ],
};
