import { Prisma } from "../generated/prisma/client";
import type { DealKind, DealStatus, FacilityType, ReviewState } from "../schemas/deal";
import { parsePartners, type DealDto, type FacilityDto } from "./deal-dto";

/**
 * The columns of a deal as raw SQL over `Deal d`, its facilities folded into one
 * JSON column: lists and exports read a page or a million rows in one statement,
 * without a query per deal and without Prisma's per-row mapping.
 */
export const DEAL_ROW_COLUMNS = Prisma.sql`d.id, d.investor, d.via, d.investorCountry, d.targetCountry, d.amount, d.currency,
  d.amountText, d.announcedOn, d.status, d.kind, d.stakePercent, d.partners, d.confidence, d.reviewState, d.version,
  d.createdAt, d.updatedAt,
  (SELECT json_group_array(json_object('type', f.type, 'city', f.city, 'name', f.name))
     FROM (SELECT type, city, name FROM Facility WHERE dealId = d.id ORDER BY position) f) AS facilities`;

export type RawDealRow = Omit<DealDto, "partners" | "facilities" | "status" | "kind" | "reviewState"> & {
  status: string; kind: string; reviewState: string; partners: string; facilities: string;
};

export function dealDtoOfRow(row: RawDealRow): DealDto {
  return {
    ...row,
    status: row.status as DealStatus,
    kind: row.kind as DealKind,
    reviewState: row.reviewState as ReviewState,
    partners: parsePartners(row.partners),
    facilities: (JSON.parse(row.facilities) as FacilityDto[]).map((f) => ({ ...f, type: f.type as FacilityType })),
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
