import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A fresh database file per run, migrated by the project's own migration code. Set once
// in the runner's environment: workers load this file again and must see the same path.
process.env.E2E_DATABASE_FILE ??= path.join("data", "e2e", `e2e-${process.pid}-${Date.now()}.db`);
const DB_FILE = process.env.E2E_DATABASE_FILE;
// E2E_DATABASE_URL (a postgresql:// database, empty) runs the tests against PostgreSQL
// instead: npm test's second pass over the API tests (scripts/test.sh). The database
// is migrated and given its accounts here as the file is.
const DATABASE_URL = process.env.E2E_DATABASE_URL || `file:./${DB_FILE}`;
// The accounts the tests log in as (e2e/accounts.ts), created in the fresh database.
const USERS = [
  ["admin@e2e.test", "admin", "e2e-admin-password"],
  ["editor@e2e.test", "editor", "e2e-editor-password"],
  ["viewer@e2e.test", "viewer", "e2e-viewer-password"],
]
  .map(
    ([email, role, password]) => `npx tsx scripts/user-add.ts --email ${email} --role ${role} --password ${password}`,
  )
  .join(" && ");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT || "reports/playwright.json" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      // no background DNS look-ups on a machine without internet
      args: ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: `npx tsx scripts/migrate.ts && ${USERS} && npx next start -H 127.0.0.1 -p ${PORT}`,
    url: `${BASE_URL}/deals`,
    timeout: 120_000,
    reuseExistingServer: false,
    // the import-by-link tests fetch from a server the test starts on 127.0.0.1
    env: { DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", E2E: "1", IMPORT_ALLOW_PRIVATE_URLS: "1" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
