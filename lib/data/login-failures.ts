import { prisma } from "./prisma";
import { retryWhileBusy } from "./write-transaction";

// Failed logins in the database (LoginFailure), so several app instances share the
// counts; the policy is lib/auth's (database-login-throttle.ts).

/** When the address's failures since `since` happened, oldest first. */
export async function listAddressFailures(address: string, since: Date): Promise<Date[]> {
  const rows = await prisma.loginFailure.findMany({
    where: { address, createdAt: { gt: since } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.createdAt);
}

/** How many failures an email (folded) has from an address since `since`, and the latest. */
export async function countPairFailures(
  email: string,
  address: string,
  since: Date,
): Promise<{ count: number; last: Date | null }> {
  const pair = await prisma.loginFailure.aggregate({
    where: { email, address, createdAt: { gt: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: pair._count._all, last: pair._max.createdAt };
}

/** Records a failure and forgets those older than `forgetBefore`, in one transaction. */
export async function addLoginFailure(email: string, address: string, at: Date, forgetBefore: Date): Promise<void> {
  await retryWhileBusy(() =>
    prisma.$transaction([
      prisma.loginFailure.create({ data: { email, address, createdAt: at } }),
      prisma.loginFailure.deleteMany({ where: { createdAt: { lt: forgetBefore } } }),
    ]),
  );
}

export async function clearLoginFailures(email: string, address: string): Promise<void> {
  await retryWhileBusy(() => prisma.loginFailure.deleteMany({ where: { email, address } }));
}
