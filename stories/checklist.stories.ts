import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ChecklistDefinition } from '../src/core/checklists/checklist-definition.js';
import { checklistItems } from '../src/core/checklists/checklist-progress.js';
import {
  WmChecklist,
  defaultChecklistLabels,
  type ChecklistLabels,
  type ChecklistModel,
} from '../src/elements/checklist.js';
import { defineElements } from '../src/elements/define.js';

defineElements(undefined, { 'wm-checklist': WmChecklist });

type Args = {
  done: string[];
  open: boolean;
  long: boolean;
  floating: boolean;
  theme: '' | 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  german: boolean;
};

/** What an app passes as `createWaymark({ labels: { 'checklist.progress': … } })`, here set on the element directly. */
const german: ChecklistLabels = {
  progress: '{done} von {total}',
  locked: 'Erst {items} erledigen',
  itemDone: '{item}: erledigt',
  done: 'Alles erledigt! 🎉',
  dismiss: 'Checkliste ausblenden',
};

const base: ChecklistDefinition = {
  id: 'getting-started',
  title: 'Getting started',
  description: 'Five small steps to a productive workspace.',
  items: [
    {
      id: 'tour',
      title: 'Take the welcome tour',
      completeWhen: { guide: 'welcome', state: 'completed' },
      action: { action: 'start-tour', tour: 'welcome', label: 'Start tour' },
    },
    {
      id: 'project',
      title: 'Create a project',
      body: 'Click **+ New project** in the top bar.',
      completeWhen: { event: 'project.created' },
    },
    { id: 'invite', title: 'Invite 3 teammates', completeWhen: { event: 'invite.sent', count: 3 } },
    { id: 'profile', title: 'Add a profile photo', completeWhen: 'manual' },
    {
      id: 'report',
      title: 'Export your first report',
      completeWhen: { event: 'report.exported' },
      dependsOn: ['project'],
    },
  ],
};
const longText: ChecklistDefinition = {
  ...base,
  title: 'Everything you need to know to get your whole team started with Acme Projects',
  items: base.items.map((i) => ({
    ...i,
    title: `${i.title}, and then read the very long explanation of why this matters for your team`,
    body: 'A long body. '.repeat(12),
  })),
};

const model = (a: Args): ChecklistModel => {
  const checklist = a.long ? longText : base;
  return {
    checklist,
    items: checklistItems(checklist, { done: Object.fromEntries(a.done.map((id) => [id, 1])) }),
    open: a.open,
    dismissed: false,
  };
};

const meta: Meta<Args> = {
  title: 'Elements/wm-checklist',
  component: 'wm-checklist',
  args: { done: ['tour', 'invite'], open: true, long: false, floating: false, theme: '', dir: 'ltr', german: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (a) =>
    html`<div dir=${a.dir} style="padding:24px;max-width:24rem;min-height:520px;font-family:system-ui;${a.theme == 'dark' ? 'background:#0d1117' : ''}">
      <wm-checklist checklist="getting-started" theme=${a.theme} ?floating=${a.floating} .model=${model(a)} .labels=${a.german ? german : defaultChecklistLabels}></wm-checklist>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;
/** Nothing done yet. */
export const Empty: Story = { args: { done: [] } };
export const PartlyDone: Story = {};
export const Complete: Story = { args: { done: base.items.map((i) => i.id) } };
/** "Export your first report" waits for "Create a project". */
export const LockedItems: Story = { args: { done: ['tour'] } };
export const Collapsed: Story = { args: { open: false } };
export const LongText: Story = { args: { long: true } };
export const RightToLeft: Story = { args: { dir: 'rtl' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const FloatingLauncher: Story = { args: { floating: true, open: false } };
/** The element's words in German (an instance passes the app's `checklist.*` labels the same way). */
export const Localised: Story = { args: { german: true } };
