import type { AggregatedResult } from '@jest/reporters';

/** Ends the run with a plain `tests: N passed, N failed` line that any CI can read. */
export default class SummaryReporter {
  onRunComplete(_contexts: unknown, results: AggregatedResult): void {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
