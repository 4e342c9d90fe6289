import { prisma } from "./prisma";
import { normalizeEmail, toUserDto, USER_SELECT, type UserDto } from "./user-dto";

export async function listUsers(): Promise<UserDto[]> {
  const rows = await prisma.user.findMany({ select: USER_SELECT, orderBy: { email: "asc" } });
  return rows.map(toUserDto);
}

export async function countUsers(): Promise<number> {
  return prisma.user.count();
}

export async function findUserByEmail(email: string): Promise<UserDto | null> {
  const row = await prisma.user.findUnique({ where: { email: normalizeEmail(email) }, select: USER_SELECT });
  return row ? toUserDto(row) : null;
}
