import type { Role } from "../schemas/user";
import { AppError } from "../errors";
import { prisma } from "./prisma";
import { retryWhileBusy } from "./write-transaction";
import { normalizeEmail, toUserDto, USER_SELECT, type UserDto } from "./user-dto";

export type NewUser = { email: string; role: Role; passwordHash: string; name?: string | null };

export async function createUser(user: NewUser): Promise<UserDto> {
  try {
    const row = await retryWhileBusy(() =>
      prisma.user.create({
        data: {
          email: normalizeEmail(user.email),
          role: user.role,
          passwordHash: user.passwordHash,
          name: user.name ?? null,
        },
        select: USER_SELECT,
      }),
    );
    return toUserDto(row);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", `An account for ${user.email} exists already.`, {
        email: ["this email has an account already"],
      });
    }
    throw error;
  }
}
