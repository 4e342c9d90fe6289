import { prisma } from "./prisma";

export type ArticleSource = { id: number; text: string; publishedOn: string | null };

/** What re-extraction needs of an article: its stored text and publication date. */
export async function getArticleSource(id: number): Promise<ArticleSource | null> {
  return prisma.article.findUnique({ where: { id }, select: { id: true, text: true, publishedOn: true } });
}

export async function listArticleIds(): Promise<number[]> {
  return (await prisma.article.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
}
