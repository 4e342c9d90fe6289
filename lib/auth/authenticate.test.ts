import { describe, expect, it } from "vitest";
import { createUser } from "../data/create-user";
import { authenticate } from "./authenticate";
import { DatabaseLoginThrottle } from "./database-login-throttle";
import { ADDRESS_MAX_FAILURES, LoginThrottle, type Throttle } from "./login-throttle";
import { hashPassword } from "./password";

const HASH = await hashPassword("right password");

const T0 = Date.parse("2030-01-01T00:00:00Z");

// the same behaviour from the in-memory throttle (SQLite's one instance) and the
// database's (several instances on PostgreSQL); the accounts differ per run
describe.each<[string, () => Throttle]>([
  ["in memory", () => new LoginThrottle()],
  ["in the database", () => new DatabaseLoginThrottle()],
])("authenticate, counts kept %s", (kind, newThrottle) => {
  const at = kind === "in memory" ? "mem" : "db";
  const user = (email: string) =>
    createUser({ email: email.replace("@", `+${at}@`), role: "editor", passwordHash: HASH });
  const mail = (email: string) => email.replace("@", `+${at}@`);
  it("logs in with the right password, case-insensitively by email", async () => {
    const u = await user("Ann@Example.org");
    expect(
      await authenticate(mail("ann@example.org"), "right password", { address: "192.0.2.1", throttle: newThrottle() }),
    ).toEqual({ ok: true, user: { id: u.id, email: mail("ann@example.org"), role: "editor" } });
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    await user("bob@example.org");
    const throttle = newThrottle();
    expect(
      await authenticate(mail("nobody@example.org"), "right password", { address: "192.0.2.1", throttle }),
    ).toEqual({ ok: false, reason: "failed" });
    expect(await authenticate(mail("bob@example.org"), "wrong", { address: "192.0.2.1", throttle })).toEqual({
      ok: false,
      reason: "failed",
    });
  });

  it("pauses an account for the address that failed, never for its owner at another address", async () => {
    await user("admin@example.org");
    const throttle = newThrottle();
    const attacker = { address: "203.0.113.9", throttle, now: T0 };
    for (let i = 0; i < 10; i++) await authenticate(mail("admin@example.org"), "guess", attacker);
    // the attacker's address is paused, even with the right password…
    expect(await authenticate(mail("admin@example.org"), "right password", { ...attacker, now: T0 + 1000 })).toEqual({
      ok: false,
      reason: "failed",
    });
    // …the owner, from anywhere else, is not
    expect(
      (
        await authenticate(mail("admin@example.org"), "right password", {
          address: "198.51.100.7",
          throttle,
          now: T0 + 1000,
        })
      ).ok,
    ).toBe(true);
  });

  it("forgives a few typos, then pauses longer with each attempt, and the right password works once the pause ends", async () => {
    await user("cy@example.org");
    const throttle = newThrottle();
    for (let i = 0; i < 3; i++)
      await authenticate(mail("cy@example.org"), "wrong", { address: "192.0.2.3", throttle, now: T0 });
    // paused 2 s; trying during the pause doubles it (4 s from then)
    expect(
      (await authenticate(mail("cy@example.org"), "right password", { address: "192.0.2.3", throttle, now: T0 + 1000 }))
        .ok,
    ).toBe(false);
    expect(
      (await authenticate(mail("cy@example.org"), "right password", { address: "192.0.2.3", throttle, now: T0 + 4500 }))
        .ok,
    ).toBe(false);
    expect(
      (
        await authenticate(mail("cy@example.org"), "right password", {
          address: "192.0.2.3",
          throttle,
          now: T0 + 4500 + 8001,
        })
      ).ok,
    ).toBe(true);
  });

  it("caps the failures of one address over all accounts, and says so", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      await authenticate(mail(`guess${i}@example.org`), "x", { address: "203.0.113.50", throttle, now: T0 + i });
    }
    const refused = await authenticate(mail("other@example.org"), "x", {
      address: "203.0.113.50",
      throttle,
      now: T0 + 1000,
    });
    expect(refused).toMatchObject({ ok: false, reason: "too_many" });
    expect(
      await authenticate(mail("other@example.org"), "x", { address: "203.0.113.51", throttle, now: T0 + 1000 }),
    ).toEqual({ ok: false, reason: "failed" });
  });
});
