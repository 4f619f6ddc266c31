/**
 * The closing line of a test run counts a test file that fails to load as a failure (issue #19): before, a
 * checkout without `../shared` printed "0 failed" while files had not run.
 */
import { describe, expect, it } from 'vitest';
import { type ModuleOutcome, summarize } from '../summary-reporter';

const file = (tests: string[], errors: unknown[] = [], state = 'passed'): ModuleOutcome =>
  ({
    children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })) },
    errors: () => errors,
    state: () => state,
  }) as unknown as ModuleOutcome;

describe('the closing summary', () => {
  it('counts tests', () => {
    expect(summarize([file(['passed', 'passed', 'skipped']), file(['failed', 'passed'], [], 'failed')])).toBe(
      'vitest: 3 passed, 1 failed, 1 skipped',
    );
  });

  it('counts a file that failed to load as a failure', () => {
    const missingData = file([], [{ message: "ENOENT: no such file or directory, open '../shared/seeds'" }], 'failed');
    expect(summarize([file(['passed']), missingData])).toBe(
      'vitest: 1 passed, 1 failed (1 test file failed to load), 0 skipped',
    );
  });

  it('counts an error outside any test', () => {
    expect(summarize([file(['passed'])], [new Error('unhandled rejection')])).toBe(
      'vitest: 1 passed, 1 failed (1 unhandled error), 0 skipped',
    );
  });

  it('does not count a file twice when its tests failed', () => {
    expect(summarize([file(['failed'], [{ message: 'afterAll hook' }], 'failed')])).toBe(
      'vitest: 0 passed, 1 failed, 0 skipped',
    );
  });
});
