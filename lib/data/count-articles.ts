import { prisma } from "./prisma";

export async function countArticles(): Promise<number> {
  return prisma.article.count();
}
