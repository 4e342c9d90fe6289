import { prisma } from "./prisma";

export type ArticleListItem = {
  id: number;
  title: string | null;
  source: string | null;
  publishedOn: string | null;
  language: string | null;
  importedAt: string;
  dealCount: number;
};

export async function listArticles(page = 1, pageSize = 50): Promise<{ articles: ArticleListItem[]; total: number }> {
  const [rows, total] = await Promise.all([
    prisma.article.findMany({
      select: {
        id: true,
        title: true,
        source: true,
        publishedOn: true,
        language: true,
        importedAt: true,
        _count: { select: { deals: { where: { deal: { deletedAt: null } } } } },
      },
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    prisma.article.count(),
  ]);
  return {
    articles: rows.map(({ _count, importedAt, ...r }) => ({
      ...r,
      importedAt: importedAt.toISOString(),
      dealCount: _count.deals,
    })),
    total,
  };
}
