import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PopoverButton } from '../src/elements/popover.js';
import type { Placement } from '../src/core/guide-definition.js';

type Args = {
  heading: string;
  body: string;
  step: number;
  steps: number;
  placement: Placement;
  anchored: boolean;
  modal: boolean;
  noCloseButton: boolean;
  buttons: PopoverButton[];
  theme: '' | 'light' | 'dark';
  dir: 'ltr' | 'rtl';
};

const back = { label: 'Back', action: 'back' };
const next = { label: 'Next', action: 'next', variant: 'primary' as const };
const done = { label: 'Done', action: 'complete', variant: 'primary' as const };

const meta: Meta<Args> = {
  title: 'Elements/wm-popover',
  component: 'wm-popover',
  args: {
    heading: 'Create your first project',
    body: 'Click **New project** to start. You can rename it later.',
    step: 2,
    steps: 5,
    placement: 'bottom',
    anchored: true,
    modal: false,
    noCloseButton: false,
    buttons: [back, next],
    theme: '',
    dir: 'ltr',
  },
  argTypes: {
    placement: { control: 'select', options: ['top', 'top-start', 'top-end', 'right', 'bottom', 'bottom-start', 'bottom-end', 'left'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (a) => {
    let target: Element | undefined;
    return html`<div dir=${a.dir} style="padding:140px 80px;font-family:system-ui">
      ${a.anchored ? html`<button ${ref((el) => (target = el))}>New project</button>` : nothing}
      <wm-popover
        ${ref((el) => {
          // The anchor is a property; set it once the target exists.
          if (el) queueMicrotask(() => ((el as HTMLElementTagNameMap['wm-popover']).anchor = a.anchored ? (target ?? null) : null));
        })}
        theme=${a.theme || nothing}
        .heading=${a.heading}
        .body=${a.body}
        .step=${a.step}
        .steps=${a.steps}
        .placement=${a.placement}
        .buttons=${a.buttons}
        ?modal=${a.modal}
        ?no-close-button=${a.noCloseButton}
      ></wm-popover>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const Anchored: Story = {};
export const Centred: Story = { args: { anchored: false, modal: true, heading: 'Welcome to Acme', step: 1, buttons: [{ label: 'Not now', action: 'dismiss' }, { label: 'Take the tour', action: 'next', variant: 'primary' }] } };
export const FirstStep: Story = { args: { step: 1, buttons: [next] } };
export const MiddleStep: Story = { args: { step: 3 } };
export const LastStep: Story = { args: { step: 5, buttons: [back, done] } };
export const CustomButtons: Story = {
  args: {
    buttons: [
      { label: 'Read the docs', action: 'link', href: 'https://example.com' } as PopoverButton,
      { label: 'Skip to billing', action: 'goto', step: 'billing' } as PopoverButton,
      next,
    ],
  },
};
export const LongText: Story = {
  args: {
    body: `A long paragraph that keeps going so the popover wraps onto several lines. Supercalifragilisticexpialidocious${'x'.repeat(60)} and https://example.com/a/very/long/url/that/does/not/contain/any/spaces/at/all/${'segment/'.repeat(8)}\n\nA second paragraph.`,
  },
};
export const RightToLeft: Story = { args: { dir: 'rtl', heading: 'أنشئ مشروعك الأول', body: 'انقر على **مشروع جديد** للبدء.', placement: 'bottom-start' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const MarkdownBody: Story = {
  args: {
    body: 'Markdown **bold**, *italic*, `code` and a [link](https://example.com).\n\n- bullet one\n- bullet two\n\n1. first\n2. second\n\n<script>alert("stays text")</script>',
  },
};
