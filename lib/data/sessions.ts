import type { SessionUser } from "../schemas/user";
import { prisma } from "./prisma";
import { retryWhileBusy } from "./write-transaction";

export async function createSession(id: string, userId: number, expiresAt: Date): Promise<void> {
  await retryWhileBusy(() => prisma.session.create({ data: { id, userId, expiresAt } }));
}

export type SessionLifetime = { idleMs: number; maxMs: number };

/**
 * The user behind a session id (the token's hash), or null when it is unknown or
 * expired. A session in use slides: its expiry moves to `idleMs` from now, never past
 * `maxMs` after it started. The row is written at most once a day per session.
 */
export async function findSessionUser(
  id: string,
  lifetime?: SessionLifetime,
  now = new Date(),
): Promise<SessionUser | null> {
  const row = await prisma.session.findUnique({
    where: { id },
    select: { expiresAt: true, createdAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!row || row.expiresAt <= now) return null;
  if (lifetime) {
    const slid = Math.min(now.getTime() + lifetime.idleMs, row.createdAt.getTime() + lifetime.maxMs);
    if (slid - row.expiresAt.getTime() > 86_400_000) {
      // a busy database only delays the slide to the next request: never refuse a read for it
      await prisma.session.updateMany({ where: { id }, data: { expiresAt: new Date(slid) } }).catch(() => undefined);
    }
  }
  return row.user as SessionUser;
}

export async function deleteSession(id: string): Promise<void> {
  await retryWhileBusy(() => prisma.session.deleteMany({ where: { id } }));
}

/** Removes every expired session; returns how many. */
export async function deleteExpiredSessions(now = new Date()): Promise<number> {
  const { count } = await retryWhileBusy(() => prisma.session.deleteMany({ where: { expiresAt: { lte: now } } }));
  return count;
}
