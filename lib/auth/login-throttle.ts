// Per-account slowdown after failed logins: the first few failures are free (typos),
// then each further failure locks the account for twice as long, up to 15 minutes.
export const FREE_FAILURES = 3;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;

/** How long an account stays locked after its `failures`-th failure in a row. */
export function lockDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
