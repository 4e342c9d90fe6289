// npm start — everything a fresh clone needs, then the app on http://localhost:3000:
// dependencies, Prisma client, migrations, seed articles, a production build, next start.
// PORT and DATABASE_URL override the defaults.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

step(process.execPath, ["scripts/ensure-setup.mjs"]);
step("npx", ["tsx", "scripts/prepare-db.ts"]);

// Rebuild only when a source file is newer than the last build.
const SOURCES = ["app", "components", "lib", "next.config.js", "package.json", "postcss.config.mjs"];
function newestSource(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (p.endsWith(`lib${path.sep}generated`)) return 0;
  return Math.max(0, ...fs.readdirSync(p).map((n) => newestSource(path.join(p, n))));
}
const built = fs.statSync(".next/BUILD_ID", { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (Math.max(...SOURCES.map(newestSource)) > built) {
  console.log("› building the app…");
  step("npx", ["next", "build"]);
}

const port = process.env.PORT || "3000";
console.log(`› serving on http://localhost:${port}`);
// next's own bin, not npx: the server process renames itself "next-server", and signals
// must reach it directly so Ctrl-C leaves no server holding the database.
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
