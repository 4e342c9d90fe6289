import { Prisma } from "../generated/prisma/client";
import { toDealDto, type DealDto, type FacilityDto } from "./deal-dto";

/**
 * The columns of a deal as raw SQL over `Deal d`, its facilities folded into one
 * JSON column: lists and exports read a page or a million rows in one statement,
 * without a query per deal and without Prisma's per-row mapping.
 */
export const DEAL_ROW_COLUMNS = Prisma.sql`d.id, d.investor, d.via, d.investorCountry, d.targetCountry, d.amount, d.currency,
  d.amountText, d.amountUsd, d.amountEur, d.fxPeriod, d.announcedOn, d.status, d.kind, d.stakePercent, d.partners, d.confidence, d.reviewState, d.version,
  d.sourceCount, d.createdAt, d.updatedAt,
  (SELECT json_group_array(json_object('type', f.type, 'city', f.city, 'name', f.name))
     FROM (SELECT type, city, name FROM Facility WHERE dealId = d.id ORDER BY position) f) AS facilities`;

export type RawDealRow = Omit<DealDto, "partners" | "facilities" | "status" | "kind" | "reviewState" | "createdAt" | "updatedAt"> & {
  status: string; kind: string; reviewState: string; partners: string; facilities: string; createdAt: string; updatedAt: string;
};

export function dealDtoOfRow(row: RawDealRow): DealDto {
  return toDealDto({
    ...row,
    facilities: JSON.parse(row.facilities) as FacilityDto[],
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  });
}
