import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import { prisma } from "./prisma";

export type DealSourceDto = {
  id: number;
  title: string | null;
  text: string;
  source: string | null;
  publishedOn: string | null;
  language: string | null;
  evidence: { field: string; start: number; end: number }[];
  // what the extractor found in this article for the deal (null for links older than that), and the match that joined it
  report: { status: string; announcedOn: string | null; amount: number | null; currency: string | null } | null;
  confidence: number | null;
  matchScore: number | null;
};

export type RevisionDto = {
  id: number;
  action: string;
  actor: string;
  userEmail: string | null;
  version: number;
  createdAt: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  // the merge or split it belongs to, and whether that can still be undone
  linkChange: { id: number; kind: string; isUndone: boolean } | null;
};

export type DealDetailDto = DealDto & {
  deletedAt: string | null;
  editedFields: string[];
  firstReportedOn: string | null;
  lastReportedOn: string | null;
  mergedIntoId: number | null;
  // open pairs in the duplicates queue this deal is part of
  possibleDuplicates: { otherDealId: number; score: number }[];
  sources: DealSourceDto[];
  revisions: RevisionDto[];
};

function parseJson<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** A deal with its source articles, the evidence in each, and its history (newest first). */
export async function getDealById(
  id: number,
  options: { includeDeleted?: boolean } = {},
): Promise<DealDetailDto | null> {
  const row = await prisma.deal.findUnique({
    where: { id },
    select: {
      ...DEAL_SELECT,
      deletedAt: true,
      editedFields: true,
      firstReportedOn: true,
      lastReportedOn: true,
      mergedIntoId: true,
      articles: {
        orderBy: { articleId: "asc" },
        select: {
          content: true,
          confidence: true,
          matchScore: true,
          article: { select: { id: true, title: true, text: true, source: true, publishedOn: true, language: true } },
        },
      },
      evidence: { select: { articleId: true, field: true, start: true, end: true }, orderBy: { start: "asc" } },
      revisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          action: true,
          actor: true,
          version: true,
          createdAt: true,
          changes: true,
          linkChangeId: true,
          user: { select: { email: true } },
        },
      },
    },
  });
  if (!row || (row.deletedAt && !options.includeDeleted)) return null;
  const {
    articles,
    evidence,
    revisions,
    deletedAt,
    editedFields,
    firstReportedOn,
    lastReportedOn,
    mergedIntoId,
    ...deal
  } = row;
  const linkIds = [...new Set(revisions.map((r) => r.linkChangeId).filter((id): id is number => id !== null))];
  const pairs = await prisma.duplicateCandidate.findMany({
    where: {
      state: "open",
      OR: [
        { dealId: id, otherDeal: { deletedAt: null } },
        { otherDealId: id, deal: { deletedAt: null } },
      ],
    },
    select: { dealId: true, otherDealId: true, score: true },
  });
  const links = linkIds.length
    ? await prisma.dealLinkChange.findMany({
        where: { id: { in: linkIds } },
        select: { id: true, kind: true, undoneAt: true },
      })
    : [];
  return {
    ...toDealDto(deal),
    deletedAt: deletedAt?.toISOString() ?? null,
    editedFields: parseJson<string[]>(editedFields, []),
    firstReportedOn,
    lastReportedOn,
    mergedIntoId,
    possibleDuplicates: pairs.map((p) => ({ otherDealId: p.dealId === id ? p.otherDealId : p.dealId, score: p.score })),
    sources: articles.map(({ article, content, confidence, matchScore }) => {
      const report = content ? parseJson<DealSourceDto["report"]>(content, null) : null;
      return {
        ...article,
        evidence: evidence
          .filter((e) => e.articleId === article.id)
          .map(({ field, start, end }) => ({ field, start, end })),
        report: report && {
          status: report.status,
          announcedOn: report.announcedOn,
          amount: report.amount,
          currency: report.currency,
        },
        confidence,
        matchScore,
      };
    }),
    revisions: revisions.map((r) => {
      const link = links.find((l) => l.id === r.linkChangeId);
      return {
        id: r.id,
        action: r.action,
        actor: r.actor,
        userEmail: r.user?.email ?? null,
        version: r.version,
        createdAt: r.createdAt.toISOString(),
        changes: parseJson(r.changes, {}),
        linkChange: link ? { id: link.id, kind: link.kind, isUndone: link.undoneAt !== null } : null,
      };
    }),
  };
}
