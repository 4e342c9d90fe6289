import { setTimeout as sleep } from "node:timers/promises";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { databaseProvider } from "../db/database-url";
import { prisma } from "./prisma";

// SQLite has one writer at a time. Two things made editors' saves fail while
// `npm run import` ran in another process (Prisma P1008, "database is busy"):
// - Prisma's adapter opens transactions with a deferred BEGIN: a save reads the deal,
//   and if the importer commits before the save's first write, SQLite refuses the
//   upgrade at once (SQLITE_BUSY_SNAPSHOT) without waiting at all. Taking the write
//   lock as the first statement (what BEGIN IMMEDIATE does) makes it wait instead.
// - better-sqlite3 waits for the lock synchronously, which holds up every other
//   request of the server: the client's busy timeout is short (WRITE_BUSY_TIMEOUT_MS)
//   and the waiting happens here, between attempts, with the event loop free.

/** How long a write keeps trying before it gives up with a message. */
export const WRITE_WAIT_MS = 20_000;

export const BUSY_MESSAGE =
  "The database is busy (probably a large import is running): nothing was saved. Try again in a minute.";

export function isBusyError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === "P1008" || (typeof code === "string" && code.startsWith("SQLITE_BUSY"))) return true;
  // Prisma's adapter reports SQLite's busy timeout as a "SocketTimeout", whose message
  // is "Operation has timed out" (without P1008 on some paths)
  return (
    typeof message === "string" &&
    /SQLITE_BUSY|database is locked|Socket timeout|Operation has timed out/i.test(message)
  );
}

/** Runs `operation` again while SQLite answers busy, with a growing pause, until `waitMs` have passed. */
export async function retryWhileBusy<T>(operation: () => Promise<T>, waitMs = WRITE_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      if (Date.now() >= deadline) throw new AppError("busy", BUSY_MESSAGE);
      await sleep(Math.min(400, 10 * 2 ** attempt) * (0.5 + Math.random()));
    }
  }
}

export type WriteOptions = { timeout?: number; waitMs?: number };

/**
 * The one way to write: an immediate transaction (the write lock is taken before
 * anything is read, so what is read cannot go stale before the write), retried
 * while another process holds the lock. All of `write` commits, or nothing.
 */
// Any fixed number: the key of PostgreSQL's transaction lock for writes.
const WRITE_LOCK_KEY = 7_243_501_914;

export function writeTransaction<T>(
  write: (tx: Prisma.TransactionClient) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const isPostgres = databaseProvider() === "postgresql";
  return retryWhileBusy(
    () =>
      prisma.$transaction(
        async (tx) => {
          // SQLite: a write that changes nothing but takes the write lock now.
          // PostgreSQL: the same one-writer-at-a-time order across every instance of the app
          // (a read-check-write such as merging or matching must not interleave), held to
          // the commit; reads are never blocked by it.
          if (isPostgres) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`;
          else await tx.$executeRaw`DELETE FROM "Session" WHERE 0`;
          return write(tx);
        },
        { timeout: options.timeout ?? 30_000, maxWait: 15_000 },
      ),
    options.waitMs,
  );
}
