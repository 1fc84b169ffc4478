import type { Waymark } from '../../src/create-waymark.js';

/** Checklist demo: report what the user does so checklist items complete themselves. */
export default function (waymark: Waymark): void {
  document.querySelector('#create-project')?.addEventListener('click', () => waymark.track('project.created'));
  const status = document.createElement('p');
  status.className = 'export-status';
  status.setAttribute('role', 'status');
  document.querySelector('#export-report')?.after(status);
  document.querySelector('#export-report')?.addEventListener('click', () => {
    waymark.track('report.exported');
    status.textContent = 'weekly-report.csv is ready (a demo: nothing is downloaded).';
  });
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
