/** The knowledge data ships as JSON files of at most 4 MB each (addons.mozilla.org's linter parses 5 MB at most). */
import { describe, expect, it } from 'vitest';
import { shardObject } from '../../scripts/knowledge-plugin';

describe('shardObject', () => {
  it('cuts a large object by its keys into files the loader joins back into the same object', () => {
    const value = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`entry-${i}`, 'x'.repeat(3_000)]));
    const shards = shardObject('details', value);
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) expect(Buffer.byteLength(shard)).toBeLessThanOrEqual(4_000_000);
    expect(Object.assign({}, ...shards.map((s) => JSON.parse(s) as object))).toEqual(value);
  });

  it('keeps a small object in one file', () => {
    expect(shardObject('alias-table', { json: '{}', version: 'abc' })).toEqual(['{"json":"{}","version":"abc"}']);
  });

  it('fails the build, naming the key, when one key alone is too large for a file', () => {
    expect(() => shardObject('search', { docs: 'x'.repeat(4_100_000) })).toThrow(/search\.docs/);
  });
});
