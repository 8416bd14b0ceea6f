/**
 * Score the extractor against the hand-labelled gold articles (tests/gold/).
 *   npm run eval [-- --json]
 * Always exits 0 when the evaluation ran: tests/gold/eval-floors.test.ts is
 * what fails on regressions.
 */
import { formatReport } from "../src/domain/evaluation/report";
import { runEvaluation } from "../src/domain/evaluation/run-eval";

function main(): number {
  const json = process.argv.includes("--json");
  const result = runEvaluation(process.cwd());
  if (json) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    process.stdout.write(formatReport(result) + "\n");
  }
  return 0;
}

process.exitCode = main();
