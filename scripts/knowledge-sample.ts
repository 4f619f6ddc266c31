/**
 * `tsx scripts/knowledge-sample.ts [seed] [generated] [curated]`: a reproducible random sample of entries for
 * review against their sources (docs/knowledge-review.md). Same seed, same knowledge, same sample.
 */
import { knowledgeDir } from '../src/knowledge/location';
import { loadKnowledge } from '../src/knowledge/read-files';

const [seed = '18', nGenerated = '50', nCurated = '30'] = process.argv.slice(2);

/** mulberry32: a small seeded PRNG, so the sample does not depend on Math.random. */
function prng(a: number) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { entries, fileOf } = loadKnowledge(knowledgeDir());
const random = prng(Number(seed));
const sample = <T>(list: readonly T[], n: number): T[] => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n).toSorted();
};
const generated = entries
  .filter((e) => fileOf.get(e.id)!.endsWith('(generated)'))
  .toSorted((a, b) => a.id.localeCompare(b.id));
const curated = entries
  .filter((e) => !fileOf.get(e.id)!.endsWith('(generated)'))
  .toSorted((a, b) => a.id.localeCompare(b.id));
for (const [label, list, n] of [
  ['generated', generated, Number(nGenerated)],
  ['curated', curated, Number(nCurated)],
] as const) {
  console.log(`## ${label} (seed ${seed})`);
  for (const e of sample(list, n)) {
    console.log(
      JSON.stringify({
        id: e.id,
        title: e.title,
        subtitle: e.subtitle,
        aliases: e.aliases.map((a) => a.text),
        summary: e.summary,
        roles: e.roles,
        sources: e.sources.map((s) => s.url),
      }),
    );
  }
}
