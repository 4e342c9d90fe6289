/** What the web benchmark and the mixed load share: the filled database, a build, a server on loopback, an editor. */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { analyzeDatabase, bulkInsertDeals } from "../data/bulk-insert-deals";
import {
  analyzePostgresDatabase,
  bulkInsertDealsPostgres,
  databaseComment,
  setDatabaseComment,
} from "../data/bulk-insert-deals-postgres";
import { databaseProvider } from "../db/database-url";
import { ensureDatabase } from "../db/local-postgres";
import { applyMigrations } from "../db/migrations";
import { syntheticArticles } from "./synthetic-deals";
import { waitForServer } from "./measure-http";

export type BenchDatabase = { url: string };

/**
 * N synthetic deals, filled once and reused (after applying new migrations): on SQLite
 * data/bench/deals-<N>.db; with `postgresUrl` (a postgresql:// URL naming the server) the
 * database bench_deals_<N> on that server, never the URL's own database.
 */
export async function benchDatabase(deals: number, refill = false, postgresUrl?: string): Promise<BenchDatabase> {
  if (postgresUrl) return benchPostgresDatabase(deals, refill, postgresUrl);
  const file = path.resolve("data", "bench", `deals-${deals}.db`);
  const url = `file:${file}`;
  if (fs.existsSync(file) && !refill && fs.existsSync(`${file}.done`)) {
    const applied = await applyMigrations(url);
    if (applied.length) analyzeDatabase(url);
    console.log(`reusing ${path.relative(process.cwd(), file)}; applied ${applied.length} new migration(s)`);
    return { url };
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}.done`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await applyMigrations(url);
  const started = performance.now();
  const n = bulkInsertDeals(url, syntheticArticles(deals), progress);
  console.log(`\rfilled ${n.toLocaleString("en")} deals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  fs.writeFileSync(`${file}.done`, String(n));
  return { url };
}

const progress = (done: number) => process.stdout.write(`\rfilling: ${done.toLocaleString("en")} deals`);

// A comment on the database marks a finished fill (an interrupted one is refilled).
const filledMark = (deals: number) => `bench: ${deals} synthetic deals`;

async function benchPostgresDatabase(deals: number, refill: boolean, serverUrl: string): Promise<BenchDatabase> {
  if (databaseProvider(serverUrl) !== "postgresql") throw new Error(`--database must be a postgresql:// URL`);
  const server = new URL(serverUrl);
  server.pathname = "/postgres";
  const name = `bench_deals_${deals}`;
  const url = await ensureDatabase(server.toString(), name);
  const shown = url.replace(/:[^:@/]*@/, ":…@");
  if (!refill && (await databaseComment(url)) === filledMark(deals)) {
    const applied = await applyMigrations(url);
    if (applied.length) await analyzePostgresDatabase(url);
    console.log(`reusing ${shown}; applied ${applied.length} new migration(s)`);
    return { url };
  }
  await ensureDatabase(server.toString(), name, { isFresh: true });
  await applyMigrations(url);
  const started = performance.now();
  const n = await bulkInsertDealsPostgres(url, syntheticArticles(deals), progress);
  await setDatabaseComment(url, filledMark(deals));
  console.log(
    `\rfilled ${shown} with ${n.toLocaleString("en")} deals in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { url };
}

export function ensureBuild(force: boolean): void {
  if (!force && fs.existsSync(".next/BUILD_ID")) return;
  const built = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error("next build failed");
}

/** `next start` on 127.0.0.1 against the database; resolves once it answers. */
export async function startServer(port: number, url: string): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.once("SIGINT", () => {
    stop();
    process.exit(130);
  });
  await waitForServer(`${base}/api/deals/investors?prefix=zz`).catch((error) => {
    stop();
    throw error;
  });
  return { base, stop };
}

/** Creates (or resets) an editor account in the bench database and returns its password. */
export async function benchEditor(url: string, email: string): Promise<string> {
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/user-add.ts",
      "--email",
      email,
      "--role",
      "editor",
      "--password",
      `${email}-bench-password`,
    ],
    {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`could not create ${email}: ${run.stderr}`);
  return `${email}-bench-password`;
}

/** Logs in over HTTP and returns the session cookie to send. */
export async function logIn(base: string, email: string, password: string, address?: string): Promise<string> {
  const post = () =>
    fetch(`${base}/api/session`, {
      method: "POST",
      body: JSON.stringify({ email, password }),
      headers: { "content-type": "application/json", ...(address ? { "x-forwarded-for": address } : {}) },
    });
  // a kept-alive connection the server closed meanwhile (its keep-alive is 5 s; making
  // the account took longer) fails once: ask again on a new one
  const res = await post().catch(post);
  if (res.status !== 200) throw new Error(`login of ${email} answered ${res.status}: ${await res.text()}`);
  return (res.headers.get("set-cookie") ?? "").split(";")[0];
}

let articleCounter = 0;

/** A short article no one imported before (the importer skips duplicates). */
export function freshArticle(tag: string): string {
  const n = `${Date.now().toString(36)}${(articleCounter++).toString(36)}${tag}`.replace(
    /\d/g,
    (d) => "qrstuvwxyz"[Number(d)],
  );
  const name = `${n.charAt(0).toUpperCase()}${n.slice(1)} Industries`;
  return `${name} will invest $${120 + (articleCounter % 500)} million in a new battery factory in Wroclaw, Poland, the company said on Tuesday.`;
}
