import { prisma } from "./prisma";

export async function countOverview(): Promise<{ deals: number; articles: number; unreviewed: number }> {
  const [deals, articles, unreviewed] = await Promise.all([
    prisma.deal.count({ where: { deletedAt: null } }),
    prisma.article.count(),
    prisma.deal.count({ where: { deletedAt: null, reviewState: "unreviewed" } }),
  ]);
  return { deals, articles, unreviewed };
}
