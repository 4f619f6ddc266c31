/**
 * Dates as whole days since 1970-01-01 (UTC): compact in the alias table, compared with one subtraction. A
 * partial date ("2014", "2014-07") stands for its earliest day when it begins something and its latest when it
 * ends it, so that a page is never judged to come before something that might already have begun. Pure.
 */

/** "No date known": entries without `began` are never ruled out by it. */
export const NO_DAY = 0;

/** Days since 1970-01-01 of a full "YYYY-MM-DD" date, or null when it is no date. */
export function dayOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  return Number.isNaN(ms) || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31 ? null : Math.floor(ms / 86_400_000);
}

/** The first (`edge` 'start') or last ('end') day of a YYYY, YYYY-MM or YYYY-MM-DD date. */
export function dayOfPartial(date: string, edge: 'start' | 'end'): number {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  if (m !== undefined) return Math.floor((edge === 'start' ? Date.UTC(y, m - 1, 1) : Date.UTC(y, m, 0)) / 86_400_000);
  return Math.floor((edge === 'start' ? Date.UTC(y, 0, 1) : Date.UTC(y, 11, 31)) / 86_400_000);
}

/** "March 2015" for a day number (cards). */
export function monthYear(day: number): string {
  return new Date(day * 86_400_000).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
