/**
 * The cross-tab guard: two tabs sharing persisted showings never both show a once-guide.
 * @packageDocumentation
 */
import type { FrequencyDefinition } from './frequency-definition.js';
import { checkFrequency, type ShowRecord } from './frequency.js';

const before = (a: ShowRecord, b: ShowRecord) => a.at - b.at || (a.tab < b.tab ? -1 : +(a.tab > b.tab));
const valid = (r: unknown): r is ShowRecord => {
  const record = r as Partial<Record<keyof ShowRecord, unknown>> | null | undefined;
  return !!record && typeof record.guideId === 'string' && Number.isFinite(record.at) && typeof record.tab === 'string';
};

/**
 * Unite two lists of showings (e.g. this tab's and the persisted ones). Records are identified by
 * guide, time and tab; when both lists have one, the version with an outcome (the later close) wins.
 * Idempotent and commutative. Invalid records are dropped; only the last `keep` per guide are kept.
 * @param a - showings.
 * @param b - more showings.
 * @param keep - records kept per guide (enough for any `max`).
 * @returns the united list, oldest first.
 */
export function mergeShowings(a: readonly unknown[], b: readonly unknown[], keep = 32): ShowRecord[] {
  const byKey = new Map<string, ShowRecord>();
  for (const r of [...(Array.isArray(a) ? a : []), ...(Array.isArray(b) ? b : [])]) {
    if (!valid(r)) continue;
    const key = `${r.guideId}\n${r.at}\n${r.tab}`;
    const o = byKey.get(key);
    if (!o || (r.closedAt ?? -1) > (o.closedAt ?? -1) || (!o.outcome && r.outcome)) byKey.set(key, r);
  }
  const all = [...byKey.values()].sort(before);
  const left = new Map<string, number>();
  for (const r of all) left.set(r.guideId, (left.get(r.guideId) ?? 0) + 1);
  return all.filter((r) => left.set(r.guideId, left.get(r.guideId)! - 1).get(r.guideId)! < keep);
}

/**
 * First writer wins: decide whether this tab's claim stands, given every showing it can see.
 *
 * Protocol: when a guide is due, check its frequency, then add `mine` (`{ guideId, at: now, tab }`) to
 * the persisted showings with {@link mergeShowings} (merge, never overwrite), let other tabs' writes
 * arrive (a `storage` event or a short delay), re-read, and call this. It judges `mine` against the
 * showings that came before it (earlier time, then smaller tab id), so every tab reaches the same
 * verdict. A losing tab marks its record `outcome: 'yielded'`.
 *
 * Remaining race: a tab whose write reaches storage only after the other tab has re-read (a frozen or
 * throttled tab, or a store that overwrites instead of merging) can make both tabs show. The window is
 * the write-to-re-read delay, not the whole session.
 * @param mine - this tab's claim.
 * @param showings - all showings visible now (including `mine`).
 * @param frequency - the guide's frequency rules.
 * @returns whether this tab may show the guide.
 */
export function claimShowing(
  mine: ShowRecord,
  showings: readonly ShowRecord[],
  frequency?: FrequencyDefinition,
): boolean {
  const earlier = showings.filter((r) => valid(r) && r.guideId === mine.guideId && before(r, mine) < 0);
  return checkFrequency(frequency, earlier, mine.at).ok;
}
