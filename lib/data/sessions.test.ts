import { describe, expect, it } from "vitest";
import { storeEditor } from "../test/deal-factory";
import { prisma } from "./prisma";
import { createSession, deleteExpiredSessions, findSessionUser } from "./sessions";

const DAY = 86_400_000;
const LIFETIME = { idleMs: 14 * DAY, maxMs: 90 * DAY };

describe("sessions", () => {
  it("slide with use, at most once a day, never past the longest lifetime", async () => {
    const user = await storeEditor();
    const t0 = Date.now();
    await createSession("slide", user.id, new Date(t0 + 14 * DAY));
    const expiry = async () => (await prisma.session.findUniqueOrThrow({ where: { id: "slide" } })).expiresAt.getTime();
    expect(await findSessionUser("slide", LIFETIME, new Date(t0 + 3_600_000))).toMatchObject({ id: user.id });
    expect(await expiry()).toBe(t0 + 14 * DAY);
    await findSessionUser("slide", LIFETIME, new Date(t0 + 10 * DAY));
    expect(await expiry()).toBe(t0 + 24 * DAY);
    // used every ten days, it lives until 90 days after the login, no longer
    for (let day = 20; day <= 80; day += 10)
      expect(await findSessionUser("slide", LIFETIME, new Date(t0 + day * DAY))).not.toBeNull();
    expect(Math.abs((await expiry()) - (t0 + 90 * DAY))).toBeLessThan(60_000);
    expect(await findSessionUser("slide", LIFETIME, new Date(t0 + 91 * DAY))).toBeNull();
  });

  it("expired ones are deleted", async () => {
    const user = await storeEditor();
    await createSession("old", user.id, new Date(Date.now() - 1000));
    await createSession("current", user.id, new Date(Date.now() + DAY));
    expect(await deleteExpiredSessions()).toBeGreaterThanOrEqual(1);
    expect(await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual([
      { id: "current" },
    ]);
  });
});
