// Type-checked by test/bindings/types.test.ts: every line marked with a cross must fail; no other line may.
import { useRef } from 'react';
import { WaymarkProvider, useWaymark, useWaymarkEvent } from 'waymark/react';

export function App({ guides }: { guides: unknown }) {
  return (
    <WaymarkProvider options={{ guides, userId: 'example-user', storage: 'memory' }}>
      <Page />
    </WaymarkProvider>
  );
}

function Page() {
  const waymark = useWaymark();
  useWaymarkEvent('tour:completed', (e) => console.log(e.tourId));
  const hint = useRef<HTMLElementTagNameMap['wm-hint']>(null);
  return (
    <main>
      <button onClick={() => waymark?.start('welcome')}>Start tour</button>
      <wm-checklist checklist="getting-started" floating position="bottom-left" className="list" />
      <wm-chat-button label="Talk to a human" reason="help" class="chat" />
      <wm-hint ref={hint} heading="Search" beacon-placement="top-end" open-on="hover" buttons={[]} onwm-toggle={(e) => console.log(e.detail.open)} />
      <wm-hint beaconPlacement="bottom" openOn="click" anchor={null} />
      <wm-popover heading="Step" step={1} steps={3} no-progress onwm-action={(e) => console.log(e.detail.action)} />
      <wm-announcement heading="New" dont-show-again modal onwm-close={(e) => console.log(e.detail.dontShowAgain)} />
      <wm-metrics-panel heading="Metrics" metrics={null} />
      <wm-spotlight padding={4} click-through onwm-backdrop-click={() => {}} />
      <wm-checklist checklst="getting-started" /> {/* ✗ checklst */}
      <wm-chat-button label={42} /> {/* ✗ label */}
      <wm-hint open-on="sometimes" /> {/* ✗ open-on */}
    </main>
  );
}
