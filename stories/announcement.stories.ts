import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { WmAnnouncement } from '../src/elements/announcement.js';
import { defineElements } from '../src/elements/define.js';

defineElements(undefined, { 'wm-announcement': WmAnnouncement });

type Args = {
  heading: string;
  body: string;
  image: boolean;
  modal: boolean;
  dontShowAgain: boolean;
  theme: '' | 'light' | 'dark';
  dir: 'ltr' | 'rtl';
};

// Guides may only use https or relative image URLs: the demo's SVG, served by Storybook from examples/vanilla/public.
const chart = './whats-new.svg';

const meta: Meta<Args> = {
  title: 'Elements/wm-announcement',
  component: 'wm-announcement',
  args: {
    heading: 'New: faster reports',
    body: 'Reports now load **3× faster** and export to CSV in one click.',
    image: true,
    modal: true,
    dontShowAgain: true,
    theme: '',
    dir: 'ltr',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (a) =>
    html`<div dir=${a.dir} style="min-height:480px;font-family:system-ui">
      <wm-announcement
        theme=${a.theme}
        .heading=${a.heading}
        .body=${a.body}
        .image=${a.image ? { src: chart, alt: 'A bar chart with rising bars' } : undefined}
        .primary=${{ label: 'Show me', action: 'start-tour', tour: 'welcome' }}
        .secondary=${{ label: 'Later', action: 'dismiss' }}
        ?modal=${a.modal}
        ?dont-show-again=${a.dontShowAgain}
      ></wm-announcement>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;
export const Modal: Story = {};
export const SlideOut: Story = { args: { modal: false } };
export const WithoutImage: Story = { args: { image: false } };
export const LongText: Story = {
  args: {
    heading: 'An important update to our terms of service and privacy policy, effective next month',
    body: 'We changed how we store data. '.repeat(20),
  },
};
export const RightToLeft: Story = { args: { dir: 'rtl', modal: false } };
export const Dark: Story = { args: { theme: 'dark' } };
