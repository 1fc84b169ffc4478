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
  /** Where the target sits (CSS), e.g. fixed in a corner of the viewport. */
  targetStyle: string;
  /** Viewport width below which the popover is a sheet (a huge value shows the sheet on any screen). */
  sheetBelow: number;
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
    targetStyle: '',
    sheetBelow: 480,
  },
  argTypes: {
    placement: {
      control: 'select',
      options: [
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
      ],
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (a) => {
    let target: Element | undefined;
    return html`<div dir=${a.dir} style="padding:140px 80px;font-family:system-ui">
      ${a.anchored ? html`<button style=${a.targetStyle} ${ref((el) => (target = el))}>New project</button>` : nothing}
      <wm-popover
        ${ref((el) => {
          // The anchor is a property; set it once the target exists.
          if (el)
            queueMicrotask(
              () => ((el as HTMLElementTagNameMap['wm-popover']).anchor = a.anchored ? (target ?? null) : null),
            );
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
        .sheetBelow=${a.sheetBelow}
      ></wm-popover>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const Anchored: Story = {};
export const Centred: Story = {
  args: {
    anchored: false,
    modal: true,
    heading: 'Welcome to Acme',
    step: 1,
    buttons: [
      { label: 'Not now', action: 'dismiss' },
      { label: 'Take the tour', action: 'next', variant: 'primary' },
    ],
  },
};
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
export const RightToLeft: Story = {
  args: { dir: 'rtl', heading: 'أنشئ مشروعك الأول', body: 'انقر على **مشروع جديد** للبدء.', placement: 'bottom-start' },
};
export const Dark: Story = { args: { theme: 'dark' } };
export const MarkdownBody: Story = {
  args: {
    body: 'Markdown **bold**, *italic*, `code` and a [link](https://example.com).\n\n- bullet one\n- bullet two\n\n1. first\n2. second\n\n<script>alert("stays text")</script>',
  },
};

/** `placement: left` on a target in the bottom-left corner: no room on the left, so it flips and shifts into view. */
export const CornerFlipsIntoView: Story = {
  args: { placement: 'left', targetStyle: 'position:fixed;left:0;bottom:0' },
};
/** A target as wide as the viewport (`right` has no room on either side): the step goes below it. */
export const FullWidthTarget: Story = {
  args: { placement: 'right', targetStyle: 'position:fixed;left:0;right:0;top:40px' },
};
/** More text than fits: the height is limited to the room beside the target, the body scrolls, the buttons stay. */
export const HeightLimited: Story = {
  args: {
    targetStyle: 'position:fixed;left:0;right:0;top:calc(50vh - 16px)',
    body: Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} of a long explanation.`).join('\n\n'),
  },
};
/** A phone-sized viewport (< 480 px) turns the step into a sheet docked to the bottom, clear of its target. */
export const BottomSheet: Story = { args: { sheetBelow: 100000, placement: 'right' } };
/** The sheet docks to the top when its target is in the bottom part of the viewport. */
export const SheetAboveALowTarget: Story = {
  args: { sheetBelow: 100000, targetStyle: 'position:fixed;right:16px;bottom:24px' },
};
/** Right to left: the sheet is symmetric, the button row mirrors. */
export const SheetRightToLeft: Story = { args: { ...RightToLeft.args, sheetBelow: 100000 } };
