/**
 * Checks of a guide's window and allow-lists (`startsAt`, `endsAt`, `environments`, `hosts`) that the schema cannot
 * make: an exact moment with its UTC offset, an end after the start, host patterns.
 * @packageDocumentation
 */
import { HOST_PATTERN } from '../core/availability/match-host.js';
import { parseInstant } from '../core/availability/parse-instant.js';

import type { ValidationIssue } from './validation-issue.js';

const SECTIONS = ['tours', 'checklists', 'hints', 'announcements'];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);

/** `"2026-12-01"` → `"2026-12-01T00:00:00Z"`, `"2026-12-01T09:00"` → `"2026-12-01T09:00:00Z"`: what to write instead. */
function withOffset(value: string): string | undefined {
  const m = /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?))?$/.exec(value.trim());
  if (!m) return undefined;
  const time = m[2] ?? '00:00:00';
  const fixed = `${m[1]}T${time.length == 5 ? `${time}:00` : time}Z`;
  return Number.isNaN(parseInstant(fixed)) ? undefined : fixed;
}

/** `"https://staging.example.com/app"` → `"staging.example.com"`. */
function hostOf(value: string): string | undefined {
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).host;
    return host && HOST_PATTERN.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Check the `startsAt`, `endsAt`, `environments` and `hosts` of every tour, checklist, hint and announcement.
 * Problems the schema walk already reported at the same path are not repeated.
 * @param doc - the parsed document.
 * @param out - where issues go.
 */
export function checkAvailability(doc: Record<string, unknown>, out: ValidationIssue[]): void {
  const reported = (path: string) => out.some((i) => i.path === path);
  for (const section of SECTIONS) {
    const guides = doc[section];
    if (!Array.isArray(guides)) continue;
    guides.forEach((guide, g) => {
      if (!isObj(guide)) return;
      const at = `${section}[${g}]`;
      const times: Record<string, number> = {};
      for (const key of ['startsAt', 'endsAt']) {
        const value = guide[key];
        if (typeof value != 'string') continue;
        times[key] = parseInstant(value);
        if (!Number.isNaN(times[key]) || reported(`${at}.${key}`)) continue;
        const suggestion = withOffset(value);
        out.push({
          path: `${at}.${key}`,
          severity: 'error',
          received: JSON.stringify(value),
          expected: 'an ISO 8601 date and time with its UTC offset, like "2026-12-01T09:00:00+01:00"',
          message:
            `${JSON.stringify(value)} is not an exact moment: write the date, the time and the offset from UTC, like ` +
            `"2026-12-01T09:00:00+01:00" (or "Z" for UTC). Until it is fixed, this guide does not show.` +
            (suggestion ? ` Did you mean ${JSON.stringify(suggestion)} (UTC)?` : ''),
          ...(suggestion ? { suggestion } : {}),
        });
      }
      if (times.startsAt < Infinity && times.endsAt <= times.startsAt)
        out.push({
          path: `${at}.endsAt`,
          severity: 'error',
          received: JSON.stringify(guide.endsAt),
          expected: `a moment after "startsAt" (${guide.startsAt as string})`,
          message: `This guide ends (${JSON.stringify(guide.endsAt)}) before it starts (${JSON.stringify(guide.startsAt)}), so it never shows. Swap "startsAt" and "endsAt", or fix one of them.`,
        });
      if (Array.isArray(guide.environments))
        guide.environments.forEach((name, i) => {
          const path = `${at}.environments[${i}]`;
          if (typeof name == 'string' && !name.trim() && !reported(path))
            out.push({
              path,
              severity: 'error',
              received: JSON.stringify(name),
              expected: 'the name of an environment, like "staging"',
              message: `An environment name is empty. Write the name the app passes as createWaymark({ environment }), like "staging".`,
            });
        });
      if (Array.isArray(guide.hosts))
        guide.hosts.forEach((host, i) => {
          const path = `${at}.hosts[${i}]`;
          if (typeof host != 'string' || HOST_PATTERN.test(host) || reported(path)) return;
          const suggestion = hostOf(host);
          out.push({
            path,
            severity: 'error',
            received: JSON.stringify(host),
            expected: 'a host like "staging.example.com", "*.example.dev" or "localhost:5173"',
            message:
              `${JSON.stringify(host)} is not a host. Write only the host name, like "staging.example.com", with "*." for any subdomain ("*.example.dev") and ":port" for one port ("localhost:5173").` +
              (suggestion ? ` Did you mean ${JSON.stringify(suggestion)}?` : ''),
            ...(suggestion ? { suggestion } : {}),
          });
        });
    });
  }
}
