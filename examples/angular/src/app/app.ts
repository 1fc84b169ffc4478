import { CUSTOM_ELEMENTS_SCHEMA, Component, DestroyRef, inject, signal } from '@angular/core';
import { injectWaymark } from 'waymark/angular';
import { chatLog } from './chat-log';

@Component({
  selector: 'app-root',
  // <wm-checklist> and <wm-chat-button> are Waymark's custom elements.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Waymark + Angular</h1>
      <p>A small Angular 21 app with a tour, a checklist, a hint and a chat button from one guide document.</p>
      <div class="toolbar">
        <button type="button" (click)="waymark.start('welcome')">Start tour</button>
        <button type="button" data-tour="invite" (click)="waymark.track('invite.sent')">Invite teammate</button>
        <input type="search" aria-label="Search" data-tour="search" placeholder="Search…" />
      </div>
      @if (tourDone()) {
        <p>Tour completed. Thanks for taking it!</p>
      }
      <div class="panels">
        <wm-checklist checklist="getting-started"></wm-checklist>
        <wm-chat-button label="Chat with us"></wm-chat-button>
      </div>
      <p id="chat-log" role="status">{{ chatLog() }}</p>
    </main>
  `,
})
export class App {
  protected readonly waymark = injectWaymark();
  protected readonly chatLog = chatLog;
  protected readonly tourDone = signal(false);

  constructor() {
    const off = this.waymark.on('tour:completed', () => this.tourDone.set(true));
    inject(DestroyRef).onDestroy(off);
  }
}
