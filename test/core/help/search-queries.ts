// Queries a user types into the demo's help centre, each with the article it should find first. Typos are real
// ones (transpositions, a dropped or doubled letter, a wrong vowel), plus half-typed words and synonyms from tags.
// Shared by the quality test and by bench/search (which runs MiniSearch and Fuse.js on the same queries).
export const queries: [query: string, expected: string][] = [
  ['payment method', 'update-payment-method'],
  ['paymnet', 'update-payment-method'],
  ['change credit card', 'update-payment-method'],
  ['credti card', 'update-payment-method'],
  ['invoice', 'download-invoices'],
  ['invoces', 'download-invoices'],
  ['download reciept', 'download-invoices'],
  ['vat number', 'download-invoices'],
  ['cancel subscripton', 'change-plan'],
  ['downgrade', 'change-plan'],
  ['upgrde plan', 'change-plan'],
  ['pay in euros', 'billing-faq-currency'],
  ['new projet', 'create-project'],
  ['create proj', 'create-project'],
  ['invite teammate', 'invite-teammates'],
  ['inivte', 'invite-teammates'],
  ['viewer role', 'invite-teammates'],
  ['export csv', 'export-report-csv'],
  ['exprot to excel', 'export-report-csv'],
  ['spreadshet', 'export-report-csv'],
  ['search', 'search-everything'],
  ['find files', 'search-everything'],
  ['keybord shortcuts', 'keyboard-shortcuts'],
  ['notifcations', 'notification-settings'],
  ['email notifications', 'notification-settings'],
  ['forgot pasword', 'reset-password'],
  ['reset passw', 'reset-password'],
  ['saml', 'single-sign-on'],
  ['okta', 'single-sign-on'],
  ['single sing on', 'single-sign-on'],
  ['gdpr', 'kb-data-retention'],
  ['delete my acount', 'kb-data-retention'],
];

/** Queries that must find nothing (the content gap list counts them). */
export const noResults = ['xylophone', 'kubernetes cluster'];
