import type { Role } from "../schemas/user";
import { AppError } from "../errors";
import { writeTransaction } from "./write-transaction";
import { toUserDto, USER_SELECT, type UserDto } from "./user-dto";

/** Changes a role; refuses to demote the last admin, so someone can always manage users. */
export async function updateUserRole(userId: number, role: Role): Promise<UserDto> {
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new AppError("not_found", "That account does not exist (any more).");
    if (user.role === "admin" && role !== "admin" && (await tx.user.count({ where: { role: "admin" } })) === 1) {
      throw new AppError("conflict", "This is the last admin: make another account admin first.", {
        role: ["the last admin keeps the admin role"],
      });
    }
    return toUserDto(await tx.user.update({ where: { id: userId }, data: { role }, select: USER_SELECT }));
  });
}

/** A new password also clears the failed-login lock and ends the account's sessions. */
export async function setUserPassword(userId: number, passwordHash: string): Promise<void> {
  await writeTransaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
    await tx.session.deleteMany({ where: { userId } });
  });
}
