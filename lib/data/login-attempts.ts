import { prisma } from "./prisma";
import { normalizeEmail } from "./user-dto";

export type LoginCandidate = {
  id: number; email: string; role: string; passwordHash: string; failedLogins: number; lockedUntil: Date | null;
};

/** The one place that reads a password hash: only the login check needs it. */
export async function findLoginCandidate(email: string): Promise<LoginCandidate | null> {
  return prisma.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, role: true, passwordHash: true, failedLogins: true, lockedUntil: true },
  });
}

export async function recordLoginFailure(userId: number, failedLogins: number, lockedUntil: Date | null): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { failedLogins, lockedUntil } });
}

export async function clearLoginFailures(userId: number): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: null } });
}
