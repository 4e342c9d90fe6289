import { z } from "zod";
import { safeNextPath } from "../security/safe-path";
import { recordIdSchema } from "./record-id";

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Who is logged in, as pages, actions, route handlers and the data layer see it. */
export type SessionUser = { id: number; email: string; role: Role };
export const MIN_PASSWORD_LENGTH = 10;

const email = z.string().trim().toLowerCase().pipe(z.email("enter an email address, e.g. ann@example.org"));

/** Where to go afterwards: a path on this site, else nothing (the caller's default). */
export const nextPath = z
  .unknown()
  .transform((v) => safeNextPath(v) ?? undefined)
  .optional();

export const loginSchema = z.object({
  email,
  password: z.string().min(1, "enter your password"),
  // where to go after logging in: only a path on this site
  next: nextPath,
});

export const newUserSchema = z.object({
  email,
  role: z.enum(ROLES, "choose viewer, editor or admin"),
  password: z.string().min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

export const roleChangeSchema = z.object({
  userId: recordIdSchema,
  role: z.enum(ROLES, "choose viewer, editor or admin"),
});

export type LoginInput = z.infer<typeof loginSchema>;
export type NewUserInput = z.infer<typeof newUserSchema>;
