import { Prisma } from "../generated/prisma/client";
import { DEAL_CONTENT_COLUMNS, DEAL_RECORD_COLUMNS, toDealDto, type DealDto, type FacilityDto } from "./deal-dto";

const FACILITIES_JSON = `(SELECT json_group_array(json_object('type', f.type, 'city', f.city, 'name', f.name))
     FROM (SELECT type, city, name FROM Facility WHERE dealId = d.id ORDER BY position) f) AS facilities`;

/**
 * The columns of a deal as raw SQL over `Deal d`, its facilities folded into one
 * JSON column: lists and exports read a page or a million rows in one statement,
 * without a query per deal and without Prisma's per-row mapping.
 */
export const DEAL_ROW_COLUMNS = Prisma.raw(
  dealColumnsSql([...DEAL_RECORD_COLUMNS, ...DEAL_CONTENT_COLUMNS, "facilities"]),
);

/**
 * Column names (from the deal contract, never from input) as a select list over `Deal d`:
 * `facilities` becomes the deal's facilities as one JSON array, in their order.
 */
export function dealColumnsSql(columns: readonly string[]): string {
  return columns.map((c) => (c === "facilities" ? FACILITIES_JSON : `d.${c}`)).join(", ");
}

export type RawDealRow = Omit<
  DealDto,
  "partners" | "facilities" | "status" | "kind" | "reviewState" | "createdAt" | "updatedAt"
> & {
  status: string;
  kind: string;
  reviewState: string;
  partners: string;
  facilities: string;
  createdAt: string;
  updatedAt: string;
};

export function dealDtoOfRow(row: RawDealRow): DealDto {
  return toDealDto({
    ...row,
    facilities: JSON.parse(row.facilities) as FacilityDto[],
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  });
}
