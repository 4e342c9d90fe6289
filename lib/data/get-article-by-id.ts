import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import { prisma } from "./prisma";

export type EvidenceDto = { dealId: number; field: string; start: number; end: number };

export type ArticleDto = {
  id: number;
  title: string | null;
  text: string;
  source: string | null;
  publishedOn: string | null;
  language: string | null;
  importedAt: string;
  importedVia: string;
  deals: DealDto[];
  evidence: EvidenceDto[];
};

export async function getArticleById(id: number): Promise<ArticleDto | null> {
  const row = await prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      source: true,
      publishedOn: true,
      language: true,
      importedAt: true,
      importedVia: true,
      deals: {
        where: { deal: { deletedAt: null } },
        select: { deal: { select: DEAL_SELECT } },
        orderBy: { dealId: "asc" },
      },
      evidence: {
        where: { deal: { deletedAt: null } },
        select: { dealId: true, field: true, start: true, end: true },
        orderBy: { start: "asc" },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    importedAt: row.importedAt.toISOString(),
    deals: row.deals.map((d) => toDealDto(d.deal)),
  };
}
