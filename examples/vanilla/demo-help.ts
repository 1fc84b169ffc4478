// The help centre in the demo: a Billing page (a client-side route, /billing) so the help centre has a page whose
// articles it lists first, and a "Help" launcher from guides/help.json. Reading the payment-method article on three
// days of a week offers the billing walkthrough (guides/proactive.json); the post-tour CSAT question and the
// quarterly NPS survey are in guides/surveys.json.
import type { Waymark } from '../../src/create-waymark.js';

const billing = `
  <h1>Billing</h1>
  <p class="lead">Your plan, payment method and invoices.</p>
  <section class="cards">
    <article class="card"><h2>Plan</h2><p class="figure">Team</p><p>$12 per seat per month · 5 seats</p></article>
    <article class="card"><h2>Payment method</h2><p class="figure">•••• 4242</p><button class="ghost" data-tour="payment-method">Update card</button></article>
    <article class="card"><h2>Next invoice</h2><p class="figure">$60.00</p><p>On January 1</p></article>
  </section>
  <section>
    <h2>Invoices</h2>
    <ul class="invoices"><li>December 2026 · $60.00 · <a href="#">PDF</a></li><li>November 2026 · $60.00 · <a href="#">PDF</a></li></ul>
  </section>`;

export default function (waymark: Waymark): void {
  const main = document.querySelector('main')!;
  const page = document.createElement('div');
  page.id = 'billing-page';
  page.innerHTML = billing;
  page.hidden = true;
  main.append(page);
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.sidebar a')];
  const show = () => {
    const onBilling = location.pathname.startsWith('/billing');
    // `hidden` alone loses to the demo's `display: grid` on the cards.
    // Everything in <main> but the billing page is the dashboard (widgets that arrive late included).
    for (const el of main.children) if (el !== page) (el as HTMLElement).style.display = onBilling ? 'none' : '';
    page.hidden = !onBilling;
    const current = onBilling ? 'Billing' : 'Dashboard';
    for (const a of links)
      if (a.textContent === current) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    document.title = `${onBilling ? 'Billing' : 'Dashboard'} · Acme Projects · Waymark demo`;
  };
  const go = (path: string) => (event: Event) => {
    event.preventDefault();
    history.pushState(null, '', path);
    show();
    main.querySelector<HTMLElement>('h1:not([hidden] *)')?.focus();
  };
  for (const a of links) {
    if (a.textContent === 'Billing') a.addEventListener('click', go('/billing'));
    if (a.textContent === 'Dashboard') a.addEventListener('click', go('/'));
  }
  main.querySelectorAll('h1').forEach((h) => (h.tabIndex = -1));
  addEventListener('popstate', show);
  show();
  // The app's own "Help" entry points can open the help centre too.
  document
    .querySelector('[data-tour=payment-method]')!
    .addEventListener('click', () => waymark.openHelp({ article: 'update-payment-method' }));
}
