import { conversionColumns } from "../currency/exchange-rates";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { investorKey } from "../matching/investor-name";
import type { DealContent, DealKind, DealStatus, FacilityType } from "../schemas/deal";
import { parsePartners } from "./deal-dto";
import type { DealSnapshot } from "./revision-snapshot";

export type Tx = Prisma.TransactionClient;

/** A deal as a write sees it before changing it. */
export type DealState = {
  id: number;
  snapshot: DealSnapshot;
  version: number;
  editedFields: string[];
  deletedAt: Date | null;
  // the text the search index holds for the deal: all its source articles'
  articleText: string;
  articleIds: number[];
};

const STATE_SELECT = {
  id: true, investor: true, via: true, investorCountry: true, targetCountry: true, amount: true, currency: true,
  amountText: true, announcedOn: true, status: true, kind: true, stakePercent: true, partners: true,
  reviewState: true, version: true, editedFields: true, deletedAt: true,
  facilities: { select: { type: true, city: true, name: true }, orderBy: { position: "asc" as const } },
  articles: { select: { article: { select: { id: true, text: true } } }, orderBy: { articleId: "asc" as const } },
} as const;


export async function readDealState(tx: Tx, dealId: number): Promise<DealState> {
  const row = await tx.deal.findUnique({ where: { id: dealId }, select: STATE_SELECT });
  if (!row) throw new AppError("not_found", `Deal ${dealId} does not exist.`);
  const content: DealContent = {
    investor: row.investor, via: row.via, investorCountry: row.investorCountry, targetCountry: row.targetCountry,
    amount: row.amount, currency: row.currency, amountText: row.amountText, announcedOn: row.announcedOn,
    status: row.status as DealStatus, kind: row.kind as DealKind, stakePercent: row.stakePercent,
    partners: parsePartners(row.partners),
    facilities: row.facilities.map((f) => ({ type: f.type as FacilityType, city: f.city, name: f.name })),
  };
  return {
    id: row.id,
    snapshot: { ...content, reviewState: row.reviewState, deleted: row.deletedAt !== null },
    version: row.version,
    editedFields: parsePartners(row.editedFields),
    deletedAt: row.deletedAt,
    articleText: row.articles.map((a) => a.article.text).join("\n\n"),
    articleIds: row.articles.map((a) => a.article.id),
  };
}

/**
 * The Deal columns that hold a deal's content (facilities are rows of their own),
 * with the columns derived from it: the year, and the amount in dollars and euros.
 */
export function contentColumns(c: DealContent) {
  return {
    investor: c.investor, via: c.via, investorCountry: c.investorCountry, targetCountry: c.targetCountry,
    amount: c.amount, currency: c.currency, amountText: c.amountText, announcedOn: c.announcedOn,
    ...conversionColumns(c.amount, c.currency, c.announcedOn),
    announcedYear: c.announcedOn ? Number(c.announcedOn.slice(0, 4)) : null,
    status: c.status, kind: c.kind, stakePercent: c.stakePercent, partners: JSON.stringify(c.partners),
    investorKey: investorKey(c.investor), viaKey: investorKey(c.via),
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
