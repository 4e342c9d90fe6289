import { ADDRESS_MAX_FAILURES, ADDRESS_WINDOW_MS, lockDelayMs, type ThrottleVerdict } from "../auth/login-throttle";
import { prisma } from "./prisma";
import { retryWhileBusy } from "./write-transaction";

// A pair's failures older than this no longer count: the longest pause is 15 minutes.
const FORGET_AFTER_MS = 24 * 60 * 60_000;

const fold = (email: string) => email.trim().toLowerCase();

/**
 * The login throttle of lib/auth/login-throttle.ts with its counts in the database
 * (LoginFailure), so several app instances behind a load balancer share them: an
 * attacker gains nothing by landing on another instance. The same policy: a pair's
 * pause grows with its failures since its last success, an address gets
 * ADDRESS_MAX_FAILURES per window over all accounts.
 */
export class DatabaseLoginThrottle {
  async check(email: string, address: string, now = Date.now()): Promise<ThrottleVerdict> {
    const recent = await prisma.loginFailure.findMany({
      where: { address, createdAt: { gt: new Date(now - ADDRESS_WINDOW_MS) } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    });
    if (recent.length >= ADDRESS_MAX_FAILURES) {
      const oldestCounted = recent[recent.length - ADDRESS_MAX_FAILURES].createdAt.getTime();
      return { allowed: false, scope: "address", retryAfterMs: oldestCounted + ADDRESS_WINDOW_MS - now };
    }
    const pair = await prisma.loginFailure.aggregate({
      where: { email: fold(email), address, createdAt: { gt: new Date(now - FORGET_AFTER_MS) } },
      _count: { _all: true },
      _max: { createdAt: true },
    });
    const last = pair._max.createdAt?.getTime();
    const lockedUntil = last === undefined ? 0 : last + lockDelayMs(pair._count._all);
    return lockedUntil > now ? { allowed: false, scope: "pair", retryAfterMs: lockedUntil - now } : { allowed: true };
  }

  async recordFailure(email: string, address: string, now = Date.now()): Promise<void> {
    await retryWhileBusy(() => prisma.$transaction([
      prisma.loginFailure.create({ data: { email: fold(email), address, createdAt: new Date(now) } }),
      prisma.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(now - FORGET_AFTER_MS) } } }),
    ]));
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    await retryWhileBusy(() => prisma.loginFailure.deleteMany({ where: { email: fold(email), address } }));
  }
}
