import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

/** The database engines the app runs on; DATABASE_URL's scheme picks one. */
export type DatabaseProvider = "sqlite" | "postgresql";

/** The database URL in force: DATABASE_URL, else the git-ignored file under data/. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** `file:` → SQLite (the default), `postgresql://` or `postgres://` → PostgreSQL. */
export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL), got "${url.replace(/:[^:@/]*@/, ":…@")}"`,
  );
}

export function isPostgresUrl(url: string = databaseUrl()): boolean {
  return databaseProvider(url) === "postgresql";
}

/** The absolute file path behind a `file:` URL (relative paths resolve against the working directory). */
export function databaseFile(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) {
    throw new Error(`this needs a SQLite "file:" DATABASE_URL, got "${url.replace(/:[^:@/]*@/, ":…@")}"`);
  }
  // only scripts resolve the file; keep Turbopack from tracing the whole project for it
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length).split("?")[0]);
}
