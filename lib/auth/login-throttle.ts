// Failed logins are counted per account *and address* (the pair), and per address:
// - a pair's first FREE_FAILURES failures are free (typos), then each further failure
//   pauses that pair for twice as long, up to 15 minutes. Failures from other
//   addresses never pause the rightful owner's address, so nobody can lock an
//   account (the admin's included) by guessing from elsewhere;
// - an address gets ADDRESS_MAX_FAILURES failures per ADDRESS_WINDOW_MS over all
//   accounts, then is refused until the window moves on (no 100 guesses in 10 s).
// On SQLite kept in memory: one `next start` process answers every login, and a
// restart forgetting the counts costs an attacker's address a few free guesses at
// most. On PostgreSQL, where several instances share the database, the counts live
// in it (lib/data/login-failures.ts), with the same policy.
export const FREE_FAILURES = 3;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;
export const ADDRESS_MAX_FAILURES = 20;
export const ADDRESS_WINDOW_MS = 10 * 60_000;
// bounded memory under a flood of distinct accounts/addresses: older entries go first
const MAX_ENTRIES = 50_000;

/** How long a pair stays paused after its `failures`-th failure in a row. */
export function lockDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

type PairState = { failures: number; lockedUntil: number };

export type ThrottleVerdict = { allowed: true } | { allowed: false; scope: "pair" | "address"; retryAfterMs: number };

export class LoginThrottle {
  private readonly pairs = new Map<string, PairState>();
  private readonly addresses = new Map<string, number[]>();

  private static pairKey(email: string, address: string): string {
    return `${email.trim().toLowerCase()}\u0000${address}`;
  }

  private recentFailures(address: string, now: number): number[] {
    const times = (this.addresses.get(address) ?? []).filter((t) => t > now - ADDRESS_WINDOW_MS);
    if (times.length) this.addresses.set(address, times);
    else this.addresses.delete(address);
    return times;
  }

  /** Whether this address may try this account now. */
  check(email: string, address: string, now = Date.now()): ThrottleVerdict {
    const recent = this.recentFailures(address, now);
    if (recent.length >= ADDRESS_MAX_FAILURES) {
      return {
        allowed: false,
        scope: "address",
        retryAfterMs: recent[recent.length - ADDRESS_MAX_FAILURES] + ADDRESS_WINDOW_MS - now,
      };
    }
    const pair = this.pairs.get(LoginThrottle.pairKey(email, address));
    if (pair && pair.lockedUntil > now) return { allowed: false, scope: "pair", retryAfterMs: pair.lockedUntil - now };
    return { allowed: true };
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    const key = LoginThrottle.pairKey(email, address);
    const failures = (this.pairs.get(key)?.failures ?? 0) + 1;
    this.pairs.delete(key);
    this.pairs.set(key, { failures, lockedUntil: now + lockDelayMs(failures) });
    const recent = this.recentFailures(address, now);
    this.addresses.delete(address);
    this.addresses.set(address, [...recent, now]);
    for (const map of [this.pairs, this.addresses] as Map<string, unknown>[]) {
      while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
    }
  }

  recordSuccess(email: string, address: string): void {
    this.pairs.delete(LoginThrottle.pairKey(email, address));
  }
}

/** What authenticate needs of a throttle: in memory, or in the database. */
export type Throttle = {
  check(email: string, address: string, now?: number): ThrottleVerdict | Promise<ThrottleVerdict>;
  recordFailure(email: string, address: string, now?: number): void | Promise<void>;
  recordSuccess(email: string, address: string): void | Promise<void>;
};

const globalForThrottle = globalThis as unknown as { loginThrottle?: LoginThrottle };

/** The process's one in-memory throttle (kept on globalThis: Next's dev server reloads modules). */
export function loginThrottle(): LoginThrottle {
  return (globalForThrottle.loginThrottle ??= new LoginThrottle());
}
