import { cookies, headers } from "next/headers";
import { createSession, deleteExpiredSessions, deleteSession } from "../data/sessions";
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_LIFETIME } from "./session-token";

/** Secure cookies when the request came over https (directly or through a proxy that says so). */
async function isHttps(): Promise<boolean> {
  const h = await headers();
  return h.get("x-forwarded-proto") === "https" || (h.get("origin") ?? "").startsWith("https://");
}

/** Starts a session: a fresh random token in an httpOnly, SameSite=Lax cookie; only its hash is stored. */
export async function startSession(userId: number): Promise<void> {
  const token = newSessionToken();
  const now = Date.now();
  // the database's expiry slides with use (lib/data/sessions.ts); the cookie lasts the longest a session may
  const expires = new Date(now + SESSION_LIFETIME.maxMs);
  await deleteExpiredSessions();
  await createSession(hashSessionToken(token), userId, new Date(now + SESSION_LIFETIME.idleMs));
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    expires,
  });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(hashSessionToken(token));
  jar.delete(SESSION_COOKIE);
}
