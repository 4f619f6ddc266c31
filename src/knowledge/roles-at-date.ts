/**
 * What a person was at a page's date, when that is not what they are now: a 2015 article about Fumio Kishida
 * meets the Foreign Minister, not the later Prime Minister the card's subtitle names (issue #17). Pure.
 *
 * Partial dates cover their whole span ("from 2015-03" covers 1 March; "to 2017" covers 31 December), so a page
 * is never told a role had not begun, or had already ended, when the sources cannot say so. A role without `to`
 * had not ended when the entry was checked, and is taken as still held.
 */
import { dayOfIso, dayOfPartial, monthYear } from '../matching/dates';
import type { EntryDetails, StoredDetails } from './compile';
import type { Role } from './schema';

/** The titles of the roles held on `day`, in the entry's order (earliest first), each once. */
export function rolesHeldAt(roles: readonly Role[], day: number): string[] {
  const held = roles.filter(
    (r) => dayOfPartial(r.from, 'start') <= day && (r.to === undefined || day <= dayOfPartial(r.to, 'end')),
  );
  return [...new Set(held.map((r) => r.title))];
}

/**
 * The person's latest role(s): those held on the day the entry was checked, or, for someone who holds none of
 * them any more, the one(s) that ended last (what their card's subtitle describes).
 */
export function latestRoles(roles: readonly Role[], checkedDay: number): string[] {
  const now = rolesHeldAt(roles, checkedDay);
  if (now.length > 0 || roles.length === 0) return now;
  const lastEnd = Math.max(...roles.map((r) => dayOfPartial(r.to ?? r.from, 'end')));
  return [...new Set(roles.filter((r) => dayOfPartial(r.to ?? r.from, 'end') === lastEnd).map((r) => r.title))];
}

/**
 * The roles to name as held at the page's day: none when the page's date is unknown (`pageDay` null), when no
 * role covers that day (before the first, between two), or when they are the person's latest roles already
 * (their card says so).
 */
export function rolesAtPageDate(
  roles: readonly Role[] | undefined,
  pageDay: number | null,
  checkedDay: number,
): string[] {
  if (!roles || roles.length === 0 || pageDay === null) return [];
  const then = rolesHeldAt(roles, pageDay);
  const latest = new Set(latestRoles(roles, checkedDay));
  const same = then.length === latest.size && then.every((t) => latest.has(t));
  return same ? [] : then;
}

/** Days either side of 1970 a page's date can be (1696 to 2243): any other number a request carries is no date. */
const LAST_DAY = 100_000;

/**
 * What a card gets for an entry on a page of `pageDay` (absent: an undated page, or no page): the details
 * without the roles, with a line naming the roles held at that date (joined with "; ") when the card should.
 */
export function detailsAtPageDate(stored: StoredDetails, pageDay?: number): EntryDetails {
  const { roles, ...details } = stored;
  const checkedDay = dayOfIso(details.checked);
  if (pageDay === undefined || checkedDay === null || Math.abs(pageDay) > LAST_DAY) return details;
  const then = rolesAtPageDate(roles, pageDay, checkedDay);
  if (then.length === 0) return details;
  return { ...details, atPageDate: `At this article’s date (${monthYear(pageDay)}): ${then.join('; ')}` };
}
