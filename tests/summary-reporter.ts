/**
 * Prints one plain closing line, "vitest: N passed, N failed, N skipped",
 * after vitest's own report, so that CI logs state the count in a form any
 * tool can read. A test file that fails to load (a syntax error, a missing
 * import, test data that is not there: `../shared` beside the checkout) runs
 * no test, so it counts as one failure of its own, and so does an error thrown
 * outside any test; the line says how many of the failures they are.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** What the summary reads of a test module (a TestModule has it; tests give stand-ins). */
export type ModuleOutcome = Pick<TestModule, 'errors' | 'state'> & {
  children: { allTests(): Iterable<{ result(): { state: string } }> };
  moduleId?: string;
};

export function summarize(modules: readonly ModuleOutcome[], unhandledErrors: readonly unknown[] = []): string {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let notLoaded = 0;
  for (const module of modules) {
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failedHere++;
      else skipped++;
    }
    failed += failedHere;
    // Errors outside any test (while collecting the file, or in a hook of the file) with no failed test to show.
    if (failedHere === 0 && (module.errors().length > 0 || module.state() === 'failed')) notLoaded++;
  }
  const extra = notLoaded + unhandledErrors.length;
  const why = [
    notLoaded > 0 ? `${notLoaded} test file${notLoaded === 1 ? '' : 's'} failed to load` : '',
    unhandledErrors.length > 0
      ? `${unhandledErrors.length} unhandled error${unhandledErrors.length === 1 ? '' : 's'}`
      : '',
  ].filter((s) => s.length > 0);
  return `vitest: ${passed} passed, ${failed + extra} failed${why.length > 0 ? ` (${why.join(', ')})` : ''}, ${skipped} skipped`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly unknown[] = []): void {
    console.log(`\n${summarize(modules, unhandledErrors)}`);
  }
}
