/** The knowledge data ships as JSON files of at most 4 MB each (addons.mozilla.org's linter parses 5 MB at most). */
import { describe, expect, it } from 'vitest';
import { shardObject } from '../../scripts/knowledge-plugin';
import { joinShards } from '../../src/knowledge/shards';

describe('shardObject', () => {
  it('cuts a large object by its keys into files the loader joins back into the same object', () => {
    const value = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`entry-${i}`, 'x'.repeat(3_000)]));
    const shards = shardObject('details', value);
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) expect(Buffer.byteLength(shard)).toBeLessThanOrEqual(4_000_000);
    expect(joinShards(shards.map((s) => JSON.parse(s) as Record<string, unknown>))).toEqual(value);
  });

  it('keeps a small object in one file', () => {
    expect(shardObject('alias-table', { json: '{}', version: 'abc' })).toEqual(['{"json":"{}","version":"abc"}']);
  });

  it('fails the build, naming the key, when one key alone is too large for a file and cannot be cut', () => {
    expect(() => shardObject('search', { docs: 'x'.repeat(4_100_000) })).toThrow(/search\.docs/);
  });

  it('cuts a list too long for one file into parts, in order, that joinShards joins back', () => {
    const value = {
      docs: Array.from({ length: 3_000 }, (_, i) => ({ id: `entry-${i}`, summary: 'y'.repeat(2_500) })),
      index: { a: [1, 2, 3] },
    };
    const shards = shardObject('search', value);
    expect(shards.length).toBeGreaterThan(1);
    for (const shard of shards) expect(Buffer.byteLength(shard)).toBeLessThanOrEqual(4_000_000);
    expect(joinShards(shards.map((s) => JSON.parse(s) as Record<string, unknown>))).toEqual(value);
  });
});
