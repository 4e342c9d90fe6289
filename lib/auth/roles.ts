import { AppError } from "../errors";
import { ROLES, type Role, type SessionUser } from "../schemas/user";

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Roles are ordered: an admin may do all an editor may, an editor all a viewer may. */
export function hasRole(user: SessionUser | null, min: Role): boolean {
  return user !== null && RANK[user.role] >= RANK[min];
}

const NEEDS: Record<Role, string> = {
  viewer: "an account",
  editor: "the editor role",
  admin: "the admin role",
};

/**
 * The one permission check every write goes through: 401 when nobody is logged in,
 * 403 when the role is too low, each with a message that says what to do.
 */
export function assertRole(user: SessionUser | null, min: Role): SessionUser {
  if (!user) throw new AppError("unauthorized", `Log in first: this needs ${NEEDS[min]}.`);
  if (!hasRole(user, min)) {
    throw new AppError(
      "forbidden",
      `This needs ${NEEDS[min]}; ${user.email} is a ${user.role}. Ask an admin to change the role.`,
    );
  }
  return user;
}
