import { addLoginFailure, clearLoginFailures, countPairFailures, listAddressFailures } from "../data/login-failures";
import { ADDRESS_MAX_FAILURES, ADDRESS_WINDOW_MS, lockDelayMs, type ThrottleVerdict } from "./login-throttle";

// A pair's failures older than this no longer count: the longest pause is 15 minutes.
const FORGET_AFTER_MS = 24 * 60 * 60_000;

const fold = (email: string) => email.trim().toLowerCase();

/**
 * The login throttle of login-throttle.ts with its counts in the database, so
 * several app instances behind a load balancer share them: an attacker gains nothing
 * by landing on another instance. The same policy: a pair's pause grows with its
 * failures since its last success, an address gets ADDRESS_MAX_FAILURES per window.
 */
export class DatabaseLoginThrottle {
  async check(email: string, address: string, now = Date.now()): Promise<ThrottleVerdict> {
    const recent = await listAddressFailures(address, new Date(now - ADDRESS_WINDOW_MS));
    if (recent.length >= ADDRESS_MAX_FAILURES) {
      return {
        allowed: false,
        scope: "address",
        retryAfterMs: recent[recent.length - ADDRESS_MAX_FAILURES].getTime() + ADDRESS_WINDOW_MS - now,
      };
    }
    const { count, last } = await countPairFailures(fold(email), address, new Date(now - FORGET_AFTER_MS));
    const lockedUntil = last === null ? 0 : last.getTime() + lockDelayMs(count);
    return lockedUntil > now ? { allowed: false, scope: "pair", retryAfterMs: lockedUntil - now } : { allowed: true };
  }

  async recordFailure(email: string, address: string, now = Date.now()): Promise<void> {
    await addLoginFailure(fold(email), address, new Date(now), new Date(now - FORGET_AFTER_MS));
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await clearLoginFailures(fold(email), address);
  }
}
