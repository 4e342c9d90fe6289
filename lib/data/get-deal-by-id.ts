import { DEAL_SELECT, toDealDto, type DealDto } from "./deal-dto";
import { prisma } from "./prisma";

export type DealSourceDto = {
  id: number; title: string | null; text: string; source: string | null; publishedOn: string | null; language: string | null;
  evidence: { field: string; start: number; end: number }[];
};

export type RevisionDto = {
  id: number; action: string; actor: string; userEmail: string | null; version: number; createdAt: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};

export type DealDetailDto = DealDto & {
  deletedAt: string | null;
  editedFields: string[];
  sources: DealSourceDto[];
  revisions: RevisionDto[];
};

function parseJson<T>(json: string, fallback: T): T {
  try { return JSON.parse(json) as T; } catch { return fallback; }
}

/** A deal with its source articles, the evidence in each, and its history (newest first). */
export async function getDealById(id: number, options: { includeDeleted?: boolean } = {}): Promise<DealDetailDto | null> {
  const row = await prisma.deal.findUnique({
    where: { id },
    select: {
      ...DEAL_SELECT,
      deletedAt: true,
      editedFields: true,
      articles: {
        orderBy: { articleId: "asc" },
        select: { article: { select: { id: true, title: true, text: true, source: true, publishedOn: true, language: true } } },
      },
      evidence: { select: { articleId: true, field: true, start: true, end: true }, orderBy: { start: "asc" } },
      revisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, action: true, actor: true, version: true, createdAt: true, changes: true, user: { select: { email: true } } },
      },
    },
  });
  if (!row || (row.deletedAt && !options.includeDeleted)) return null;
  const { articles, evidence, revisions, deletedAt, editedFields, ...deal } = row;
  return {
    ...toDealDto(deal),
    deletedAt: deletedAt?.toISOString() ?? null,
    editedFields: parseJson<string[]>(editedFields, []),
    sources: articles.map(({ article }) => ({
      ...article,
      evidence: evidence.filter((e) => e.articleId === article.id).map(({ field, start, end }) => ({ field, start, end })),
    })),
    revisions: revisions.map((r) => ({
      id: r.id, action: r.action, actor: r.actor, userEmail: r.user?.email ?? null, version: r.version,
      createdAt: r.createdAt.toISOString(), changes: parseJson(r.changes, {}),
    })),
  };
}
