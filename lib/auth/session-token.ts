import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "tracker_session";
export const SESSION_DAYS = 14;
/** However busy, a session ends this long after the login: the cookie's own expiry. */
export const SESSION_MAX_DAYS = 90;
/** Unused for SESSION_DAYS, a session ends; each use moves that end (up to SESSION_MAX_DAYS). */
export const SESSION_LIFETIME = { idleMs: SESSION_DAYS * 86_400_000, maxMs: SESSION_MAX_DAYS * 86_400_000 };

/** 32 random bytes: the cookie holds the token, the database only its sha256. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
