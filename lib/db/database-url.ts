import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

/** The database URL in force: DATABASE_URL, else the git-ignored file under data/. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** The absolute file path behind a `file:` URL (relative paths resolve against the working directory). */
export function databaseFile(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite "file:" URL, got "${url}"`);
  }
  // only scripts resolve the file; keep Turbopack from tracing the whole project for it
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length).split("?")[0]);
}
