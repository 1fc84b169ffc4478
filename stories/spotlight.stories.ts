import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';

type Args = { padding: number; radius: number; clickThrough: boolean };

const meta: Meta<Args> = {
  title: 'Elements/wm-spotlight',
  component: 'wm-spotlight',
  args: { padding: 8, radius: 6, clickThrough: true },
  argTypes: {
    padding: { control: { type: 'range', min: 0, max: 40 } },
    radius: { control: { type: 'range', min: 0, max: 40 } },
  },
  render: (a) => {
    let target: HTMLElement | undefined;
    return html`<div style="padding:120px 80px;font-family:system-ui">
      <button ${ref((el) => (target = el as HTMLElement))} onclick="this.textContent = 'Clicked!'">Target button</button>
      <wm-spotlight
        ${ref((el) => {
          if (el)
            queueMicrotask(
              () => ((el as HTMLElementTagNameMap['wm-spotlight']).rect = target?.getBoundingClientRect() ?? null),
            );
        })}
        .padding=${a.padding}
        .radius=${a.radius}
        ?click-through=${a.clickThrough}
      ></wm-spotlight>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const Default: Story = {};
export const NoPadding: Story = { args: { padding: 0, radius: 0 } };
export const RoundPill: Story = { args: { padding: 12, radius: 40 } };
export const BlocksTheHole: Story = { args: { clickThrough: false } };
