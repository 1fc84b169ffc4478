import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createWaymark } from '../src/index.js';
import { openStudio, type Studio } from '../src/entries/studio.js';
import { DRAFT_KEY } from '../src/studio/draft-store.js';

type Args = { dock: 'left' | 'right'; theme: '' | 'light' | 'dark' };

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'welcome',
      title: 'Welcome',
      steps: [
        { id: 'new', target: '[data-tour=new-project]', title: 'Create a project', body: 'Start **here**.' },
        { id: 'search', target: '#search', title: 'Search anything', advanceOn: 'input' },
      ],
    },
  ],
  hints: [{ id: 'reports', target: 'section.reports', title: 'Reports', body: 'Numbers, daily.' }],
  announcements: [{ id: 'news', title: 'Fresh news', body: 'Reports export to CSV.' }],
};

let open: Studio | undefined;

const meta: Meta<Args> = {
  title: 'Studio/wm-studio',
  component: 'wm-studio',
  args: { dock: 'right', theme: '' },
  argTypes: {
    dock: { control: 'inline-radio', options: ['left', 'right'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (a) => {
    // A fresh draft per render: the story shows the app's document, not what a previous visit left.
    localStorage.removeItem(DRAFT_KEY);
    open?.close();
    queueMicrotask(() => {
      open = openStudio(createWaymark({ guides, storage: 'memory', studio: false }), { createWaymark, dock: a.dock });
      if (a.theme) open.element.setAttribute('theme', a.theme);
    });
    return html`<div style="font-family:system-ui;padding:16px;max-width:640px">
      <header style="display:flex;gap:12px">
        <button data-tour="new-project">New project</button><input id="search" aria-label="Search" />
      </header>
      <section class="reports"><h2>Reports</h2><p>Pick any element with “Pick on the page”.</p></section>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const DockedRight: Story = {};
export const DockedLeft: Story = { args: { dock: 'left' } };
export const Dark: Story = { args: { theme: 'dark' } };
