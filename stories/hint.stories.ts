import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Placement } from '../src/core/guide-definition.js';
import { defineElements } from '../src/elements/define.js';
import { WmHint } from '../src/elements/hint.js';
import { WmPopover, type PopoverButton } from '../src/elements/popover.js';

defineElements(undefined, { 'wm-popover': WmPopover, 'wm-hint': WmHint });

type Args = {
  heading: string;
  body: string;
  beacon: 'pulse' | 'icon';
  beaconPlacement: Placement;
  placement: Placement;
  openOn: 'click' | 'hover' | 'auto';
  open: boolean;
  buttons: PopoverButton[];
  theme: '' | 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  beaconLabel: string;
  closeLabel: string;
};

const gotIt: PopoverButton = { label: 'Got it', action: 'dismiss', variant: 'primary' };
const placements = [
  'top',
  'top-start',
  'top-end',
  'right',
  'right-start',
  'right-end',
  'bottom',
  'bottom-start',
  'bottom-end',
  'left',
  'left-start',
  'left-end',
];

const meta: Meta<Args> = {
  title: 'Elements/wm-hint',
  component: 'wm-hint',
  args: {
    heading: 'Billing moved here',
    body: 'Invoices, plans and payment methods now live under **Billing**.',
    beacon: 'pulse',
    beaconPlacement: 'top-end',
    placement: 'bottom',
    openOn: 'click',
    open: false,
    buttons: [gotIt],
    theme: '',
    dir: 'ltr',
    beaconLabel: '',
    closeLabel: 'Close',
  },
  argTypes: {
    beacon: { control: 'inline-radio', options: ['pulse', 'icon'] },
    beaconPlacement: { control: 'select', options: placements },
    placement: { control: 'select', options: placements },
    openOn: { control: 'inline-radio', options: ['click', 'hover', 'auto'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (a) => {
    let target: Element | undefined;
    return html`<div dir=${a.dir} style="padding:120px 160px;font-family:system-ui;${a.theme == 'dark' ? 'background:#0d1117;color:#e6edf3' : ''}">
      <button ${ref((el) => (target = el))} style="padding:8px 16px">Billing</button>
      <wm-hint
        ${ref((el) => {
          // The anchor is a property; set it once the target exists.
          if (el) queueMicrotask(() => ((el as WmHint).anchor = target ?? null));
        })}
        theme=${a.theme || nothing}
        .heading=${a.heading}
        .body=${a.body}
        .beacon=${a.beacon}
        .beaconPlacement=${a.beaconPlacement}
        .placement=${a.placement}
        .openOn=${a.openOn}
        .open=${a.open}
        .buttons=${a.buttons}
        .beaconLabel=${a.beaconLabel}
        .closeLabel=${a.closeLabel}
      ></wm-hint>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const Pulse: Story = {};
export const Icon: Story = { args: { beacon: 'icon' } };
export const BeaconOnTheStartEdge: Story = { args: { beacon: 'icon', beaconPlacement: 'left' } };
export const TipOpen: Story = { args: { open: true } };
export const HoverToOpen: Story = { args: { openOn: 'hover', beacon: 'icon' } };
export const WithActions: Story = {
  args: {
    open: true,
    buttons: [
      { label: 'Show me around', action: 'start-tour', tour: 'billing' } as PopoverButton,
      { label: 'Chat with us', action: 'escalate' },
      gotIt,
    ],
  },
};
export const LongText: Story = {
  args: {
    open: true,
    heading: 'A rather long heading that wraps onto more than one line in the tip',
    body: `A long paragraph that keeps going so the tip wraps onto several lines. ${'Supercalifragilistic'.repeat(4)} and https://example.com/a/very/long/url/${'segment/'.repeat(8)}\n\n- a list item\n- another one`,
  },
};
export const RightToLeft: Story = {
  args: {
    dir: 'rtl',
    open: true,
    heading: 'انتقلت الفوترة إلى هنا',
    body: 'الفواتير والخطط الآن تحت **الفوترة**.',
    buttons: [{ label: 'فهمت', action: 'dismiss', variant: 'primary' }],
  },
};
/** The words around the guide's text come from the app (the hints plugin passes `hint.*` labels in). */
export const Localised: Story = {
  args: {
    open: true,
    heading: 'Rechnungen sind umgezogen',
    body: 'Rechnungen und Tarife findest du jetzt unter **Abrechnung**.',
    beaconLabel: 'Tipp: Rechnungen sind umgezogen',
    closeLabel: 'Schließen',
    buttons: [{ label: 'Verstanden', action: 'dismiss', variant: 'primary' }],
  },
};
export const Dark: Story = { args: { theme: 'dark', open: true } };
export const DarkIcon: Story = { args: { theme: 'dark', beacon: 'icon' } };
