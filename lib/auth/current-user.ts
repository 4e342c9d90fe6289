import { cookies } from "next/headers";
import { cache } from "react";
import { findSessionUser } from "../data/sessions";
import type { Role, SessionUser } from "../schemas/user";
import { assertRole } from "./roles";
import { hashSessionToken, SESSION_COOKIE, SESSION_LIFETIME } from "./session-token";

/** Who is logged in for this request (read once per render), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? findSessionUser(hashSessionToken(token), SESSION_LIFETIME) : null;
});

/** For server actions and route handlers: the user, or an AppError (401/403). */
export async function requireRole(min: Role): Promise<SessionUser> {
  return assertRole(await getCurrentUser(), min);
}
