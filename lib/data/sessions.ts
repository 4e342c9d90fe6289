import type { SessionUser } from "../auth/roles";
import { prisma } from "./prisma";

export async function createSession(id: string, userId: number, expiresAt: Date): Promise<void> {
  await prisma.session.create({ data: { id, userId, expiresAt } });
}

/** The user behind a session id (the token's hash), or null when it is unknown or expired. */
export async function findSessionUser(id: string, now = new Date()): Promise<SessionUser | null> {
  const row = await prisma.session.findUnique({
    where: { id },
    select: { expiresAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!row || row.expiresAt <= now) return null;
  return row.user as SessionUser;
}

export async function deleteSession(id: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id } });
}
