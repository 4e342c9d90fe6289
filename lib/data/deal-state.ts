import { conversionColumns } from "../currency/exchange-rates";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { investorKey } from "../matching/investor-name";
import type { DealContent } from "../schemas/deal";
import { CONTENT_SELECT, contentOfRow, DEAL_CONTENT_COLUMNS, parsePartners } from "./deal-dto";
import type { DealSnapshot } from "./revision-snapshot";
import { searchTextOf } from "./search-index";

export type Tx = Prisma.TransactionClient;

/** A deal as a write sees it before changing it. */
export type DealState = {
  id: number;
  snapshot: DealSnapshot;
  version: number;
  editedFields: string[];
  deletedAt: Date | null;
  // the text the search index holds for the deal: its source articles' distinct paragraphs (searchTextOf)
  articleText: string;
  articleIds: number[];
};

const STATE_SELECT = {
  ...CONTENT_SELECT,
  id: true,
  reviewState: true,
  version: true,
  editedFields: true,
  deletedAt: true,
  articles: { select: { article: { select: { id: true, text: true } } }, orderBy: { articleId: "asc" as const } },
} as const;

export async function readDealState(tx: Tx, dealId: number): Promise<DealState> {
  const row = await tx.deal.findUnique({ where: { id: dealId }, select: STATE_SELECT });
  if (!row) throw new AppError("not_found", `Deal ${dealId} does not exist.`);
  const content = contentOfRow(row);
  return {
    id: row.id,
    snapshot: { ...content, reviewState: row.reviewState, deleted: row.deletedAt !== null },
    version: row.version,
    editedFields: parsePartners(row.editedFields),
    deletedAt: row.deletedAt,
    articleText: searchTextOf(row.articles.map((a) => a.article.text)),
    articleIds: row.articles.map((a) => a.article.id),
  };
}

/**
 * The Deal columns that hold a deal's content (facilities are rows of their own),
 * with the columns derived from it: the year, and the amount in dollars and euros.
 */
export function contentColumns(c: DealContent) {
  const columns = Object.fromEntries(DEAL_CONTENT_COLUMNS.map((k) => [k, c[k]])) as Omit<DealContent, "facilities">;
  return {
    ...columns,
    partners: JSON.stringify(c.partners),
    ...conversionColumns(c.amount, c.currency, c.announcedOn),
    announcedYear: c.announcedOn ? Number(c.announcedOn.slice(0, 4)) : null,
    investorKey: investorKey(c.investor),
    viaKey: investorKey(c.via),
  };
}

export function facilityRows(c: DealContent) {
  return c.facilities.map((f, position) => ({ type: f.type, city: f.city, name: f.name ?? null, position }));
}

/** The content part of a snapshot, in the shape dealContentSchema describes. */
export function contentOf(s: DealSnapshot): DealContent {
  const { reviewState: _r, deleted: _d, ...content } = s;
  return content;
}
