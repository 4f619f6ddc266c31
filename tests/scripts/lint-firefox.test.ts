/**
 * How scripts/lint-firefox.ts tells a dependency's lint warning from Gloss's
 * own: by the source each warning's position maps to.
 */
import { describe, expect, it } from 'vitest';
import { attribute, packageOf } from '../../scripts/lint-firefox';

// Columns 0-9 of line 1 come from zod's util.js, columns 10+ from Gloss's card.ts ('AAAA,UCAA' in VLQ).
const MAP = JSON.stringify({
  version: 3,
  sources: ['../../node_modules/zod/v4/core/util.js', '../../src/tooltip/card.ts'],
  names: [],
  mappings: 'AAAA,UCAA',
});
const warning = (column: number) => ({
  code: 'DANGEROUS_EVAL',
  message: 'eval',
  file: 'background.js',
  line: 1,
  column,
});

describe('packageOf', () => {
  it.each([
    ['node_modules/zod/v4/core/util.js', 'zod'],
    ['../../node_modules/@floating-ui/dom/dist/x.mjs', '@floating-ui/dom'],
    ['node_modules/a/node_modules/b/index.js', 'a'],
    ['src/tooltip/card.ts', null],
  ])('%s belongs to %s', (source, name) => expect(packageOf(source)).toBe(name));
});

describe('attribute', () => {
  it("names the package of a dependency's warning and leaves Gloss's own unattributed", () => {
    const [dep, own] = attribute([warning(5), warning(15)], () => MAP);
    expect(dep).toMatchObject({ source: 'node_modules/zod/v4/core/util.js', dependency: 'zod' });
    expect(own).toMatchObject({ source: 'src/tooltip/card.ts', dependency: null });
  });

  it("reads web-ext's columns as 1-based", () => {
    // Column 10 (1-based) is the last character from zod; column 11 the first from card.ts.
    expect(attribute([warning(10), warning(11)], () => MAP).map((m) => m.dependency)).toEqual(['zod', null]);
  });

  it("counts a message without a source map (the manifest, HTML) as Gloss's own", () => {
    const [m] = attribute([{ code: 'MANIFEST_FIELD', message: 'x', file: 'manifest.json' }], () => null);
    expect(m).toMatchObject({ source: null, dependency: null });
  });
});
