import { prisma } from "./prisma";
import { normalizeEmail } from "./user-dto";

export type LoginCandidate = { id: number; email: string; role: string; passwordHash: string };

/** The one place that reads a password hash: only the login check needs it. */
export async function findLoginCandidate(email: string): Promise<LoginCandidate | null> {
  return prisma.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, role: true, passwordHash: true },
  });
}
