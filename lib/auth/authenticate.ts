import { findLoginCandidate } from "../data/login-attempts";
import { databaseProvider } from "../db/database-url";
import { DatabaseLoginThrottle } from "./database-login-throttle";
import { loginThrottle, type Throttle } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { SessionUser } from "../schemas/user";

/** The one answer to every failed login, so none tells whether an account exists. */
export const LOGIN_FAILED_MESSAGE =
  "The email or password is wrong. After several failed attempts an account is paused for a while: wait a little before trying again.";

export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed logins from your network: try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "failed" }
  | { ok: false; reason: "too_many"; retryAfterMs: number };

export type LoginContext = { address: string; now?: number; throttle?: Throttle };

// several instances share a PostgreSQL database, and must share the counts too
const sharedThrottle = (): Throttle =>
  databaseProvider() === "postgresql" ? new DatabaseLoginThrottle() : loginThrottle();

/**
 * Checks an email and password from a client address. Every failure of a known
 * address looks the same from outside — unknown email, wrong password, or a pause
 * after repeated failures — and takes about as long (a hash is always computed), so
 * the answer never tells whether an account exists. An address that failed too
 * often, over any accounts, is told so and refused without a hash.
 */
export async function authenticate(email: string, password: string, context: LoginContext): Promise<LoginResult> {
  const { address, now = Date.now(), throttle = sharedThrottle() } = context;
  const verdict = await throttle.check(email, address, now);
  if (!verdict.allowed && verdict.scope === "address")
    return { ok: false, reason: "too_many", retryAfterMs: verdict.retryAfterMs };
  const candidate = verdict.allowed ? await findLoginCandidate(email) : null;
  if (!candidate || !(await verifyPassword(password, candidate.passwordHash))) {
    if (!candidate) await verifyPassword(password, await dummyPasswordHash());
    // an attempt during a pause counts as a failure too: hammering only lengthens the pause
    await throttle.recordFailure(email, address, now);
    return { ok: false, reason: "failed" };
  }
  await throttle.recordSuccess(email, address);
  return { ok: true, user: { id: candidate.id, email: candidate.email, role: candidate.role as SessionUser["role"] } };
}
