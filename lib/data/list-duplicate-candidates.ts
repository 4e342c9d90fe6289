import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import { prisma } from "./prisma";

export type DuplicateDealDto = DealDto & {
  sources: { id: number; title: string | null; publishedOn: string | null }[];
};

export type DuplicateCandidateDto = {
  id: number;
  score: number;
  reasons: { signal: string; weight: number; text: string }[];
  createdAt: string;
  // the deal stored before (kept by default) and the new report's deal
  existing: DuplicateDealDto;
  candidate: DuplicateDealDto;
};

const SIDE_SELECT = {
  ...DEAL_SELECT,
  articles: {
    orderBy: { articleId: "asc" as const },
    select: { article: { select: { id: true, title: true, publishedOn: true } } },
  },
} as const;

function side(
  row: Parameters<typeof toDealDto>[0] & {
    articles: { article: { id: number; title: string | null; publishedOn: string | null } }[];
  },
): DuplicateDealDto {
  const { articles, ...deal } = row;
  return { ...toDealDto(deal), sources: articles.map((a) => a.article) };
}

/** The open possible duplicates whose two deals both still stand, most likely first. */
export async function listDuplicateCandidates(limit = 50): Promise<{ items: DuplicateCandidateDto[]; total: number }> {
  const where = { state: "open", deal: { deletedAt: null }, otherDeal: { deletedAt: null } };
  const [rows, total] = await Promise.all([
    prisma.duplicateCandidate.findMany({
      where,
      orderBy: [{ score: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        score: true,
        reasons: true,
        createdAt: true,
        deal: { select: SIDE_SELECT },
        otherDeal: { select: SIDE_SELECT },
      },
    }),
    prisma.duplicateCandidate.count({ where }),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    score: r.score,
    createdAt: r.createdAt.toISOString(),
    reasons: JSON.parse(r.reasons) as DuplicateCandidateDto["reasons"],
    existing: side(r.otherDeal),
    candidate: side(r.deal),
  }));
  return { items, total };
}

/** One open candidate by id, or null. */
export async function getDuplicateCandidate(
  id: number,
): Promise<{ dealId: number; otherDealId: number; state: string } | null> {
  return prisma.duplicateCandidate.findUnique({
    where: { id },
    select: { dealId: true, otherDealId: true, state: true },
  });
}
