// Prints `N passed, N failed, N skipped` alone as the very last line, so any CI can read it.
// A test file that fails to load counts as one failure.
function count(results, tally) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) tally.skipped++;
    else if (test.passed) tally.passed++;
    else tally.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, tally);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        const loadFailed = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length);
        if (loadFailed) tally.failed++;
      }
      // Written after the default reporter has finished its own output.
      process.on('exit', () => {
        process.stdout.write(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`);
      });
    },
  };
}
