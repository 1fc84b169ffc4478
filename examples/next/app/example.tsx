'use client';
import { useState } from 'react';
import { WaymarkProvider, useWaymark, useWaymarkEvent } from 'waymark/react';
import type { WaymarkOptions } from 'waymark';
import guides from '../../shared/guides.json';

/** The interactive part of the page. On the server `useWaymark()` is null; the instance is made once mounted. */
export function Example() {
  const [chatLog, setChatLog] = useState('');
  const [options] = useState<WaymarkOptions>(() => ({
    guides,
    userId: 'example-user',
    storage: 'memory',
    chat: { custom: (payload) => setChatLog(`Chat opened: ${payload.message}`) },
  }));
  return (
    <WaymarkProvider options={options}>
      <Toolbar />
      <div className="panels">
        <wm-checklist checklist="getting-started" />
        <wm-chat-button label="Chat with us" />
      </div>
      <p role="status" id="chat-log">
        {chatLog}
      </p>
    </WaymarkProvider>
  );
}

function Toolbar() {
  const waymark = useWaymark();
  const [tourDone, setTourDone] = useState(false);
  useWaymarkEvent('tour:completed', () => setTourDone(true));
  return (
    <>
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
    </>
  );
}
