import { useState } from 'react';
import { WaymarkProvider, useWaymark, useWaymarkEvent } from 'waymark/react';
import type { WaymarkOptions } from 'waymark';
import guides from '../../shared/guides.json';

export function App() {
  const [chatLog, setChatLog] = useState('');
  // Created once: the provider makes the instance from these options when it mounts.
  const [options] = useState<WaymarkOptions>(() => ({
    guides,
    userId: 'example-user',
    storage: 'memory',
    chat: { custom: (payload) => setChatLog(`Chat opened: ${payload.message}`) },
  }));
  return (
    <WaymarkProvider options={options}>
      <Page chatLog={chatLog} />
    </WaymarkProvider>
  );
}

function Page({ chatLog }: { chatLog: string }) {
  const waymark = useWaymark(); // null until the provider has mounted in the browser
  const [tourDone, setTourDone] = useState(false);
  useWaymarkEvent('tour:completed', () => setTourDone(true));
  return (
    <main>
      <h1>Waymark + React</h1>
      <p>A small React 19 app with a tour, a checklist, a hint and a chat button from one guide document.</p>
      <div className="toolbar">
        <button type="button" disabled={!waymark} onClick={() => waymark?.start('welcome')}>
          Start tour
        </button>
        <button type="button" data-tour="invite" onClick={() => waymark?.track('invite.sent')}>
          Invite teammate
        </button>
        <input type="search" aria-label="Search" data-tour="search" placeholder="Search…" />
      </div>
      {tourDone && <p>Tour completed. Thanks for taking it!</p>}
      <div className="panels">
        <wm-checklist checklist="getting-started" />
        <wm-chat-button label="Chat with us" />
      </div>
      <p role="status" id="chat-log">
        {chatLog}
      </p>
    </main>
  );
}
