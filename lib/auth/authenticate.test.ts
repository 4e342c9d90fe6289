import { describe, expect, it } from "vitest";
import { createUser } from "../data/create-user";
import { prisma } from "../data/prisma";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";

async function user(email: string) {
  return createUser({ email, role: "editor", passwordHash: await hashPassword("right password") });
}

describe("authenticate", () => {
  it("logs in with the right password, case-insensitively by email", async () => {
    const u = await user("Ann@Example.org");
    expect(await authenticate("ann@example.org", "right password")).toEqual({ ok: true, user: { id: u.id, email: "ann@example.org", role: "editor" } });
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    await user("bob@example.org");
    expect(await authenticate("nobody@example.org", "right password")).toEqual({ ok: false });
    expect(await authenticate("bob@example.org", "wrong")).toEqual({ ok: false });
  });

  it("locks an account after repeated failures, refuses even the right password while locked, and clears on success", async () => {
    const u = await user("cy@example.org");
    const t0 = new Date("2030-01-01T00:00:00Z");
    for (let i = 0; i < 3; i++) await authenticate("cy@example.org", "wrong", t0);
    const locked = await prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(locked.failedLogins).toBe(3);
    expect(locked.lockedUntil?.getTime()).toBe(t0.getTime() + 2000);
    expect(await authenticate("cy@example.org", "right password", new Date(t0.getTime() + 1000))).toEqual({ ok: false });
    const later = new Date(t0.getTime() + 2500);
    expect((await authenticate("cy@example.org", "right password", later)).ok).toBe(true);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });
});
