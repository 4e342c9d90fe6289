// Brings a fresh clone to a runnable state, with nothing but Node and npm:
// installs dependencies when they are missing or older than package.json, and
// generates the two Prisma clients (SQLite's and PostgreSQL's, from the one models
// file) when they are missing or older than the schema; `--generate` always does.
// Plain .mjs on purpose: it runs before any dependency exists.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const mtime = (p) => fs.statSync(p, { throwIfNoEntry: false })?.mtimeMs ?? 0;

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed (exit ${r.status}); see the output above.`);
    process.exit(r.status ?? 1);
  }
}

const installed = "node_modules/.package-lock.json";
const needsInstall =
  !fs.existsSync("node_modules/better-sqlite3/build/Release/better_sqlite3.node") ||
  mtime("package.json") > mtime(installed);
if (needsInstall) {
  console.log("› installing dependencies (first run takes a minute or two: better-sqlite3 compiles from source)…");
  // `npm install` rather than `npm ci`: see ../shared/PLATFORM.md on the lockfile.
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"]);
}

// Each provider's schema folder holds its datasource and generator and a link to the
// shared prisma/models.prisma, so the stock CLI reads one folder per client.
const CLIENTS = [
  { schema: "prisma/sqlite", client: "lib/generated/prisma/client.ts" },
  { schema: "prisma/postgresql", client: "lib/generated/prisma-pg/client.ts" },
];
const isForced = process.argv.includes("--generate");
for (const { schema, client } of CLIENTS) {
  const newest = Math.max(mtime("prisma/models.prisma"), mtime(`${schema}/schema.prisma`));
  if (!isForced && mtime(client) >= newest) continue;
  console.log(`› generating the Prisma client for ${schema}…`);
  // The CLI wants to download a schema engine it does not need for `generate`.
  run("npx", ["prisma", "generate", "--schema", schema], {
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
}
