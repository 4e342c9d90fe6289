// Adds up vitest's and Playwright's JSON reports into the closing line
// "N passed, N failed[, N skipped]" that log readers understand; the typecheck and the
// linter (one line each in the checks file, "passed lint") count as one test each.
import fs from "node:fs";

let passed = 0,
  failed = 0,
  skipped = 0;
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

const [vitestFile, playwrightFile, checksFile, postgresFile, playwrightPostgresFile] = process.argv.slice(2);
if (checksFile && fs.existsSync(checksFile)) {
  for (const line of fs.readFileSync(checksFile, "utf8").split("\n")) {
    if (line.startsWith("passed ")) passed += 1;
    else if (line.startsWith("failed ")) {
      failed += 1;
      console.log(`(${line.slice(7)} failed: see its step above)`);
    }
  }
}
const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
} else {
  console.log(`(no vitest report at ${vitestFile}: counted as one failure)`);
  failed += 1;
}
// the PostgreSQL run: absent where it was skipped (the test script said so)
const postgres = postgresFile ? read(postgresFile) : null;
if (postgres) {
  passed += postgres.numPassedTests ?? 0;
  failed += postgres.numFailedTests ?? 0;
  skipped += (postgres.numPendingTests ?? 0) + (postgres.numTodoTests ?? 0);
}
const addPlaywright = (pw) => {
  passed += (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected ?? 0;
  skipped += pw.stats.skipped ?? 0;
};
const pw = read(playwrightFile);
if (pw?.stats) addPlaywright(pw);
else {
  console.log(`(no Playwright report at ${playwrightFile}: counted as one failure)`);
  failed += 1;
}
// the API tests' PostgreSQL run: absent where it was skipped (the test script said so)
const pwPostgres = playwrightPostgresFile ? read(playwrightPostgresFile) : null;
if (pwPostgres?.stats) addPlaywright(pwPostgres);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
