import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { createWaymark, type Waymark } from '../../src/index.js';

/** Whole-tour scenarios: a real instance (memory storage) running against a small page. */
type Args = { tour: string; stepId: string; dir: 'ltr' | 'rtl' };

const guides = {
  schemaVersion: 1,
  tours: [
    {
      id: 'first-run',
      title: 'First run',
      steps: [
        { id: 'hello', title: 'Welcome!', body: 'A **30-second** tour. Use the arrow keys or the buttons.' },
        { id: 'create', target: '#sb-create', title: 'Create a project', body: 'Everything starts here.' },
        {
          id: 'search',
          target: 'sb-shell >>> input',
          title: 'Find anything',
          body: 'This input lives in a shadow root.',
          placement: 'bottom-start',
        },
        {
          id: 'feed',
          target: '#sb-feed .hot',
          title: 'In a scroll container',
          body: 'The step follows when the list scrolls.',
          placement: 'right',
        },
      ],
    },
    {
      id: 'late-target',
      title: 'Late target',
      steps: [
        {
          id: 'late',
          target: '#sb-late',
          title: 'Arrived late',
          body: 'This button renders 1.5 s after the tour starts; the step waited for it.',
          waitTimeout: 5000,
        },
      ],
    },
    {
      id: 'missing-target',
      title: 'Missing target',
      steps: [
        {
          id: 'gone',
          target: '#does-not-exist',
          title: 'Shown centred',
          body: 'The target never appeared, so `onMissing: "center"` shows the step in the middle.',
          waitTimeout: 500,
          onMissing: 'center',
        },
      ],
    },
  ],
};

class SbShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<input type="search" aria-label="Search" placeholder="Search…" style="padding:6px">';
  }
}
if (!customElements.get('sb-shell')) customElements.define('sb-shell', SbShell);

let current: Waymark | undefined;
const page = ({ tour, stepId, dir }: Args): TemplateResult => {
  current?.destroy();
  queueMicrotask(async () => {
    current = createWaymark({ guides, storage: 'memory', resume: false });
    await current.ready;
    if (tour === 'late-target')
      setTimeout(
        () =>
          document
            .querySelector('#sb-late-slot')
            ?.insertAdjacentHTML('beforeend', '<button id="sb-late">Late button</button>'),
        1500,
      );
    current.start(tour, stepId ? { stepId } : undefined);
  });
  return html`<div dir=${dir} style="font-family:system-ui;padding:24px">
    <header style="display:flex;gap:12px;align-items:center"><strong>Acme</strong><sb-shell></sb-shell><button id="sb-create">+ New project</button></header>
    <div id="sb-late-slot" style="margin:24px 0"></div>
    <div id="sb-feed" style="height:160px;overflow:auto;border:1px solid #ccc;width:320px">
      ${Array.from({ length: 30 }, (_, i) => html`<p class=${i === 12 ? 'hot' : ''} style="margin:8px">Activity ${i + 1}</p>`)}
    </div>
  </div>`;
};

const meta: Meta<Args> = {
  title: 'Scenarios/Tour',
  args: { tour: 'first-run', stepId: '', dir: 'ltr' },
  argTypes: {
    tour: { control: 'select', options: guides.tours.map((t) => t.id) },
    stepId: { control: 'select', options: ['', 'hello', 'create', 'search', 'feed'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: page,
};
export default meta;

export const FirstRun: StoryObj<Args> = {};
export const AnchoredStep: StoryObj<Args> = { args: { stepId: 'create' } };
export const ShadowDomTarget: StoryObj<Args> = { args: { stepId: 'search' } };
export const InScrollContainer: StoryObj<Args> = { args: { stepId: 'feed' } };
export const RightToLeft: StoryObj<Args> = { args: { stepId: 'create', dir: 'rtl' } };
export const LateTarget: StoryObj<Args> = { args: { tour: 'late-target' } };
export const MissingTargetCentred: StoryObj<Args> = { args: { tour: 'missing-target' } };
