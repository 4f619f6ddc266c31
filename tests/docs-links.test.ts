/**
 * Every relative link in the README, the changelog and docs/ resolves (issue #19): to a file of the checkout,
 * and to a heading of it when the link names one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DOCS = [
  'README.md',
  'CHANGELOG.md',
  'knowledge/README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => `docs/${n}`),
];

/**
 * Documents other branches of issue #19's work add, linked from the README ahead of them. Each must still be
 * missing here: once it exists, take it off this list, and its links are checked like the others.
 */
const ANNOUNCED: string[] = [];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
}

function linksOf(doc: string): string[] {
  const text = readFileSync(join(ROOT, doc), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));
}

describe('documentation links', () => {
  it('the documents announced ahead of their branches are still to come', () => {
    expect(ANNOUNCED.filter((d) => existsSync(join(ROOT, d)))).toEqual([]);
  });

  it.each(DOCS)('%s: every relative link resolves', (doc) => {
    const broken: string[] = [];
    for (const link of linksOf(doc)) {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      const target = path === '' ? join(ROOT, doc) : resolve(ROOT, dirname(doc), path);
      const name = relative(ROOT, target);
      if (ANNOUNCED.includes(name)) continue;
      if (!existsSync(target)) broken.push(`${link} (no ${name})`);
      else if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor))
        broken.push(`${link} (no heading "${anchor}" in ${name})`);
    }
    expect(broken).toEqual([]);
  });

  it('the README stays a front door: about 10 KB at most', () => {
    expect(readFileSync(join(ROOT, 'README.md')).length).toBeLessThanOrEqual(10_240);
  });
});
