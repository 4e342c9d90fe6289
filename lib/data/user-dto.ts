import type { Role } from "../schemas/user";

export type UserDto = { id: number; email: string; name: string | null; role: Role; createdAt: string };

export const USER_SELECT = { id: true, email: true, name: true, role: true, createdAt: true } as const;

export function toUserDto(row: {
  id: number;
  email: string;
  name: string | null;
  role: string;
  createdAt: Date;
}): UserDto {
  return { ...row, role: row.role as Role, createdAt: row.createdAt.toISOString() };
}

/** Emails are compared in lower case: "Ann@x.org" and "ann@x.org" are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
