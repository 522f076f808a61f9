// A jest reporter that leaves each run's counts in <repo>/.reports/jest/, so `npm test` can end
// with one line for every test of every package (scripts/test.mjs).
const { mkdirSync, writeFileSync } = require('node:fs');
const { basename, join, resolve } = require('node:path');

class ResultsReporter {
  onRunComplete(_contexts, results) {
    const dir = resolve(__dirname, '..', '.reports', 'jest');
    mkdirSync(dir, { recursive: true });
    const name = `${basename(process.cwd())}-${process.pid}.json`;
    writeFileSync(
      join(dir, name),
      JSON.stringify({
        package: basename(process.cwd()),
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        success: results.success,
      }),
    );
  }
}

module.exports = ResultsReporter;
