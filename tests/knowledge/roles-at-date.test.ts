/** What a person was at a page's date (issue #17, point 3): which roles, and when the card says nothing. */
import { describe, expect, it } from 'vitest';
import type { StoredDetails } from '../../src/knowledge/compile';
import { detailsAtPageDate, latestRoles, rolesAtPageDate, rolesHeldAt } from '../../src/knowledge/roles-at-date';
import type { Role } from '../../src/knowledge/schema';
import { dayOfIso } from '../../src/matching/dates';

const day = (iso: string) => dayOfIso(iso)!;
const CHECKED = day('2026-12-07');

// Fumio Kishida, as the sources date his roles.
const kishida: Role[] = [
  { title: 'Member of the House of Representatives', from: '1993-07' },
  { title: 'Minister for Foreign Affairs of Japan', from: '2012-12-26', to: '2017-08-03' },
  { title: 'Prime Minister of Japan', from: '2021-10-04', to: '2024-10-01' },
];

describe('rolesAtPageDate', () => {
  it('names the roles held at the page’s day when they differ from the latest, joined in the entry’s order', () => {
    expect(rolesAtPageDate(kishida, day('2015-03-10'), CHECKED)).toEqual([
      'Member of the House of Representatives',
      'Minister for Foreign Affairs of Japan',
    ]);
  });

  it('says nothing when the page’s roles are the latest ones', () => {
    const pm: Role[] = [{ title: 'Prime Minister of Japan', from: '2021-10-04', to: '2024-10-01' }];
    expect(rolesAtPageDate(pm, day('2023-05-19'), CHECKED)).toEqual([]);
    // Ongoing roles: a page from after the check still meets them.
    const ongoing: Role[] = [
      { title: 'Foreign Minister', from: '2012', to: '2017' },
      { title: 'Prime Minister', from: '2020-09' },
    ];
    expect(rolesAtPageDate(ongoing, day('2022-01-01'), CHECKED)).toEqual([]);
    expect(rolesAtPageDate(ongoing, day('2027-01-01'), CHECKED)).toEqual([]);
  });

  it('says nothing for an undated page', () => {
    expect(rolesAtPageDate(kishida, null, CHECKED)).toEqual([]);
  });

  it('says nothing before the first role, between roles, or without roles', () => {
    const gap: Role[] = [
      { title: 'Foreign Minister', from: '2012', to: '2017' },
      { title: 'Prime Minister', from: '2021', to: '2024' },
    ];
    expect(rolesAtPageDate(gap, day('2011-12-31'), CHECKED)).toEqual([]);
    expect(rolesAtPageDate(gap, day('2019-06-01'), CHECKED)).toEqual([]);
    expect(rolesAtPageDate(undefined, day('2019-06-01'), CHECKED)).toEqual([]);
    expect(rolesAtPageDate([], day('2019-06-01'), CHECKED)).toEqual([]);
  });

  it('reads a partial date as its whole span: a month from its first day to its last, a year likewise', () => {
    const roles: Role[] = [
      { title: 'Minister', from: '2015-03', to: '2016' },
      { title: 'Chair', from: '2020' },
    ];
    expect(rolesAtPageDate(roles, day('2015-02-28'), CHECKED)).toEqual([]);
    expect(rolesAtPageDate(roles, day('2015-03-01'), CHECKED)).toEqual(['Minister']);
    expect(rolesAtPageDate(roles, day('2016-12-31'), CHECKED)).toEqual(['Minister']);
    expect(rolesAtPageDate(roles, day('2017-01-01'), CHECKED)).toEqual([]);
    expect(rolesAtPageDate(roles, day('2020-01-01'), CHECKED)).toEqual([]);
  });

  it('names part of the latest roles when the others came later (not yet Prime Minister)', () => {
    const roles: Role[] = [
      { title: 'Leader of the Party', from: '2019' },
      { title: 'Prime Minister', from: '2022-06' },
    ];
    expect(rolesAtPageDate(roles, day('2021-04-01'), CHECKED)).toEqual(['Leader of the Party']);
  });

  it('names a role once when two spans of it cover the day', () => {
    const roles: Role[] = [
      { title: 'Senator', from: '2001-01-03', to: '2007-01-03' },
      { title: 'Senator', from: '2007-01-03', to: '2013-01-03' },
      { title: 'Secretary of State', from: '2013-02-01' },
    ];
    expect(rolesAtPageDate(roles, day('2007-01-03'), CHECKED)).toEqual(['Senator']);
  });
});

describe('latestRoles', () => {
  it('is what is held on the checked day', () => {
    expect(latestRoles(kishida, CHECKED)).toEqual(['Member of the House of Representatives']);
  });

  it('is the role that ended last for someone who holds none any more', () => {
    const former: Role[] = [
      { title: 'Minister', from: '1990', to: '1994' },
      { title: 'Chancellor of Germany', from: '1998-10-27', to: '2005-11-22' },
    ];
    expect(latestRoles(former, CHECKED)).toEqual(['Chancellor of Germany']);
    expect(rolesAtPageDate(former, day('2003-01-01'), CHECKED)).toEqual([]);
    expect(rolesAtPageDate(former, day('1992-01-01'), CHECKED)).toEqual(['Minister']);
  });
});

describe('rolesHeldAt', () => {
  it('counts both ends of a role, and takes a role without an end as ongoing', () => {
    const roles: Role[] = [
      { title: 'A', from: '2012-12-26', to: '2017-08-03' },
      { title: 'B', from: '2017-08-03' },
    ];
    expect(rolesHeldAt(roles, day('2012-12-25'))).toEqual([]);
    expect(rolesHeldAt(roles, day('2012-12-26'))).toEqual(['A']);
    expect(rolesHeldAt(roles, day('2017-08-03'))).toEqual(['A', 'B']);
    expect(rolesHeldAt(roles, day('2040-01-01'))).toEqual(['B']);
  });
});

describe('detailsAtPageDate', () => {
  const stored: StoredDetails = {
    id: 'fumio-kishida',
    title: 'Fumio Kishida',
    subtitle: 'Prime Minister of Japan, 2021–2024',
    category: 'person',
    summary: 'Japanese politician.',
    related: [],
    sources: [],
    checked: '2026-12-07',
    roles: kishida,
  };

  it('gives the card one line with the month and the roles joined, never the roles whole', () => {
    expect(detailsAtPageDate(stored, day('2015-03-10'))).toEqual({
      ...stored,
      roles: undefined,
      atPageDate:
        'At this article’s date (March 2015): Member of the House of Representatives; Minister for Foreign Affairs of Japan',
    });
  });

  it('adds nothing for an undated page or a day of the latest role', () => {
    const { roles: _, ...plain } = stored;
    expect(detailsAtPageDate(stored)).toStrictEqual(plain);
    expect(detailsAtPageDate(stored, day('2026-01-01'))).toStrictEqual(plain);
    // A day no calendar date has (a request may carry any whole number) is no page's date.
    expect(detailsAtPageDate(stored, 1e12)).toStrictEqual(plain);
  });
});
