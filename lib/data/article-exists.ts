import { prisma } from "./prisma";

export async function articleExists(id: number): Promise<boolean> {
  return (await prisma.article.findUnique({ where: { id }, select: { id: true } })) !== null;
}
