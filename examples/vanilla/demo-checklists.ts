import type { Waymark } from '../../src/create-waymark.js';

/** Checklist demo: report what the user does so checklist items complete themselves. */
export default function (waymark: Waymark): void {
  document.querySelector('#create-project')?.addEventListener('click', () => waymark.track('project.created'));
  document.querySelector('#export-report')?.addEventListener('click', () => waymark.track('report.exported'));
  const invite = document.createElement('button');
  invite.className = 'ghost';
  invite.textContent = 'Invite teammate';
  let sent = 0;
  invite.addEventListener('click', () => {
    waymark.track('invite.sent', { n: ++sent });
    invite.textContent = `Invite teammate (${sent} sent)`;
  });
  document.querySelector('.cards')?.before(invite);
}
