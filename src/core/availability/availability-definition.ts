/**
 * When and where a guide is live: a publishing window and an allow-list of environments and hosts. Plain JSON
 * types, merged into the guide document schema; every kind of guide (tours, checklists, hints, announcements)
 * extends them.
 * @packageDocumentation
 */

/**
 * An exact moment: an ISO 8601 date and time with its offset from UTC (`Z` for UTC itself).
 * @examples ["2026-12-01T09:00:00+01:00", "2026-12-24T18:00:00Z"]
 */
export type Instant = string;

/** When and where a guide runs. Outside its window, environment or hosts it does not start or show. */
export interface GuideAvailability {
  /**
   * The guide runs from this moment on (an ISO 8601 date and time with its UTC offset). Before it, the guide does
   * not show, even when started by the app or a launch link (a preview link does).
   * @examples ["2026-12-01T09:00:00+01:00"]
   */
  startsAt?: Instant;
  /**
   * The guide stops at this moment (an ISO 8601 date and time with its UTC offset), which must be after `startsAt`.
   * A tour already running when it passes runs to its end.
   * @examples ["2026-12-31T23:59:59+01:00"]
   */
  endsAt?: Instant;
  /**
   * The guide runs only in these environments: the app names its own with `createWaymark({ environment })`
   * (an app that names none runs no guide that lists environments).
   * @minItems 1
   * @examples [["staging"], ["staging", "production"]]
   */
  environments?: string[];
  /**
   * The guide runs only on these hosts: `"staging.example.com"`, any subdomain with `"*.example.dev"`, a port with
   * `"localhost:5173"`. With `environments` as well, both must match.
   * @minItems 1
   * @examples [["staging.example.com", "*.example.dev"]]
   */
  hosts?: string[];
}
