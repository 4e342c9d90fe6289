import { clearLoginFailures, findLoginCandidate, recordLoginFailure } from "../data/login-attempts";
import { isLocked, lockDelayMs } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { SessionUser } from "./roles";

/** The one answer to every failed login, so none tells whether an account exists. */
export const LOGIN_FAILED_MESSAGE = "The email or password is wrong. After several failed attempts an account is paused for a while: wait a little before trying again.";

export type LoginResult = { ok: true; user: SessionUser } | { ok: false };

/**
 * Checks an email and password. Every failure looks the same from outside — unknown
 * email, wrong password, or an account paused after repeated failures — and takes
 * about as long (a hash is always computed), so the answer never tells whether an
 * account exists. Failures count per account and lock it for a growing time.
 */
export async function authenticate(email: string, password: string, now = new Date()): Promise<LoginResult> {
  const candidate = await findLoginCandidate(email);
  if (!candidate || isLocked(candidate.lockedUntil, now)) {
    await verifyPassword(password, await dummyPasswordHash());
    return { ok: false };
  }
  if (!(await verifyPassword(password, candidate.passwordHash))) {
    const failures = candidate.failedLogins + 1;
    const delay = lockDelayMs(failures);
    await recordLoginFailure(candidate.id, failures, delay ? new Date(now.getTime() + delay) : null);
    return { ok: false };
  }
  if (candidate.failedLogins > 0 || candidate.lockedUntil) await clearLoginFailures(candidate.id);
  return { ok: true, user: { id: candidate.id, email: candidate.email, role: candidate.role as SessionUser["role"] } };
}
