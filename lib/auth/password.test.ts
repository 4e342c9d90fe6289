import { describe, expect, it } from "vitest";
import { lockDelayMs } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("hashes with scrypt and a fresh salt, and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterY", a)).toBe(false);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
  });
});

describe("login slowdown", () => {
  it("forgives the first failures, then doubles the lock up to a ceiling", () => {
    expect([1, 2].map(lockDelayMs)).toEqual([0, 0]);
    expect([3, 4, 5].map(lockDelayMs)).toEqual([2000, 4000, 8000]);
    expect(lockDelayMs(40)).toBe(15 * 60_000);
  });
});
