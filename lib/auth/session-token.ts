import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "tracker_session";
export const SESSION_DAYS = 14;

/** 32 random bytes: the cookie holds the token, the database only its sha256. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
