/**
 * Ends a jest run with the plain line CI tools read ("N passed, N failed, N skipped"), after jest's
 * own summary, so a run that executed no test cannot pass for a green one.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}

module.exports = PlainSummaryReporter;
