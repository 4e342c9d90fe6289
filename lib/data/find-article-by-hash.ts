import { prisma } from "./prisma";

export async function findArticleIdByHash(contentHash: string): Promise<number | null> {
  const row = await prisma.article.findUnique({ where: { contentHash }, select: { id: true } });
  return row?.id ?? null;
}
