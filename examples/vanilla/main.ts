import { createWaymark } from '../../src/index.js';
import './acme-search.js';
import { openDemoChat } from './demo-chat.js';

// --- a small but realistic app around the tour -------------------------------------------------
// The sticky header is declared as the page's scroll padding (its height changes when it wraps on narrow
// screens): anchor links, scrollIntoView and Waymark's steps all keep clear of it.
const topbar = document.querySelector<HTMLElement>('.topbar')!;
new ResizeObserver(() => (document.documentElement.style.scrollPaddingTop = `${topbar.offsetHeight}px`)).observe(
  topbar,
);
const feed = document.querySelector('#activity-feed')!;
const who = ['Ana', 'Bo', 'Chen', 'Dara', 'Eli'];
for (let i = 0; i < 40; i++) {
  const p = document.createElement('p');
  p.textContent = `${who[i % who.length]} updated task #${1200 + i}`;
  if (i === 22) p.className = 'highlight';
  feed.append(p);
}
const long = document.querySelector('#long-content')!;
const milestones = [
  ['Discovery interviews', 'Twelve customer calls summarised; the top three pains drive the roadmap.'],
  ['Design system v2', 'Buttons, forms and tables rebuilt on the new tokens; dark mode included.'],
  ['Billing migration', 'Invoices moved to the new provider; old links redirect for a year.'],
  ['Public API beta', 'Read-only endpoints for projects and tasks, with rate limits and keys per workspace.'],
  ['Mobile layout', 'Every page usable at phone widths; the sidebar turns into a row of links.'],
  ['Reports rewrite', 'Weekly velocity, burndown and workload reports now load three times faster.'],
  ['Single sign-on', 'SAML and OIDC for business plans; SCIM provisioning follows next quarter.'],
  ['Audit log', 'Every change to members, roles and billing recorded and exportable.'],
  ['Localisation', 'German, French and Spanish interfaces, with translators reviewing every release.'],
  ['Accessibility review', 'External audit against WCAG 2.2 AA; all findings fixed before launch.'],
  ['Data residency', 'EU-only storage option for workspaces that need it.'],
  ['Launch week', 'Announcements, docs and a webinar; support staffed for the extra load.'],
];
for (const [name, text] of milestones) {
  const li = document.createElement('li');
  const strong = document.createElement('strong');
  strong.textContent = `${name}. `;
  li.append(strong, text);
  long.append(li);
}
// A widget that renders late, like data loaded from a server.
setTimeout(() => {
  const late = document.createElement('p');
  late.dataset.tour = 'late-widget';
  late.className = 'card';
  late.textContent = 'Usage this month: 72% of your plan';
  document.querySelector('.cards')!.after(late);
}, 2000);
document.querySelector('#create-project')!.addEventListener('click', () => {
  const card = document.createElement('article');
  card.className = 'card';
  card.innerHTML = '<h2>New project</h2><p>Untitled project created just now.</p>';
  document.querySelector('.cards')!.prepend(card);
});
document.addEventListener('keydown', (e) => {
  if (e.key === '/' && !(e.target instanceof HTMLInputElement)) {
    e.preventDefault();
    document.querySelector('acme-search')!.shadowRoot!.querySelector('input')!.focus();
  }
});

// --- Waymark ------------------------------------------------------------------------------------
// `?remote` runs the document as a remote one, as a product manager publishes it: the demo server serves
// guides/*.json as /guides.json with an ETag; an edit to those files shows up within 10 s, without a reload.
const remote = new URLSearchParams(location.search).has('remote');
const waymark = createWaymark({
  guides: remote ? { url: '/guides.json', pollInterval: 10_000 } : (await import('./guides/index.js')).guides,
  userId: 'demo-user',
  // The user's language: the browser's, or `?lang=de` / `?lang=ar` to see the guide's German or Arabic translation.
  locale: new URLSearchParams(location.search).get('lang') ?? undefined,
  traits: { plan: 'trial', signedUpAt: new Date(Date.now() - 3 * 864e5).toISOString() },
  // The demo's stand-in for a live-chat widget (the `custom` provider in guides/chat.json).
  chat: { custom: openDemoChat },
  // Keep the local event log behind the Metrics panel.
  analytics: {},
  onEvent: (event) => console.debug('[waymark]', event.type, event),
});
// Feature demos (checklist, hints, chat, proactive rules) add their own page bits from demo-*.ts.
for (const demo of Object.values(
  import.meta.glob<{ default: (w: typeof waymark) => void }>('./demo-*.ts', { eager: true }),
))
  demo.default(waymark);
document.querySelector('#restart-tour')!.addEventListener('click', () => waymark.start('welcome'));
await waymark.ready;
// First visit: offer the tour. A reload mid-tour resumes where the user was.
const welcome = waymark.progress.getTour('welcome');
if (!welcome) waymark.start('welcome');
Object.assign(window, { waymark });
