import {
  DEAL_FIELDS,
  type DealContent,
  type DealField,
  type DealKind,
  type DealStatus,
  type FacilityType,
  type ReviewState,
} from "../schemas/deal";

export type FacilityDto = DealContent["facilities"][number];

/** The Deal columns that hold its content, in the schema's order (facilities are rows of their own). */
export const DEAL_CONTENT_COLUMNS = DEAL_FIELDS.filter(
  (f): f is Exclude<DealField, "facilities"> => f !== "facilities",
);
export type DealContentColumn = (typeof DEAL_CONTENT_COLUMNS)[number];

/** What a bulk load writes into a Deal row: the content columns, then what storing adds. */
export const DEAL_INSERT_COLUMNS = [
  ...DEAL_CONTENT_COLUMNS,
  "amountUsd",
  "amountEur",
  "fxPeriod",
  "announcedYear",
  "confidence",
  "reviewState",
  "updatedAt",
  "deletedAt",
];

/** The columns a stored deal has beside its content. */
export const DEAL_RECORD_COLUMNS = [
  "id",
  "amountUsd",
  "amountEur",
  "fxPeriod",
  "confidence",
  "reviewState",
  "version",
  "sourceCount",
  "createdAt",
  "updatedAt",
] as const;

/** A deal as pages, the API and exports see it: its content (lib/schemas/deal.ts) and what storing it added; never a Prisma model. */
export type DealDto = DealContent & {
  id: number;
  // the amount at the average rate of fxPeriod (YYYY or YYYY-MM); null when not convertible
  amountUsd: number | null;
  amountEur: number | null;
  fxPeriod: string | null;
  confidence: number;
  reviewState: ReviewState;
  version: number;
  // how many articles report the deal
  sourceCount: number;
  createdAt: string;
  updatedAt: string;
};

const selectAll = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, true])) as Record<K, true>;

export const FACILITY_SELECT = {
  select: { type: true, city: true, name: true },
  orderBy: { position: "asc" as const },
};

/** Prisma's select for a deal's content columns and its facilities. */
export const CONTENT_SELECT = { ...selectAll(DEAL_CONTENT_COLUMNS), facilities: FACILITY_SELECT };

/** The columns every deal query selects, so each maps through toDealDto. */
export const DEAL_SELECT = { ...CONTENT_SELECT, ...selectAll(DEAL_RECORD_COLUMNS) };

/** A deal's content as the database holds it: enums as text, partners as JSON. */
export type StoredContent = Omit<DealContent, "status" | "kind" | "partners" | "facilities"> & {
  status: string;
  kind: string;
  partners: string;
  facilities: { type: string; city: string | null; name: string | null }[];
};

type DealRow = StoredContent &
  Omit<DealDto, keyof DealContent | "reviewState" | "createdAt" | "updatedAt"> & {
    reviewState: string;
    createdAt: Date;
    updatedAt: Date;
  };

export function parsePartners(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === "string") : [];
  } catch {
    return [];
  }
}

/** The content of a stored deal, every field the schema has and nothing else. */
export function contentOfRow(row: StoredContent): DealContent {
  const columns = Object.fromEntries(DEAL_CONTENT_COLUMNS.map((c) => [c, row[c]])) as Omit<StoredContent, "facilities">;
  return {
    ...columns,
    status: row.status as DealStatus,
    kind: row.kind as DealKind,
    partners: parsePartners(row.partners),
    facilities: row.facilities.map((f) => ({ ...f, type: f.type as FacilityType })),
  };
}

export function toDealDto(row: DealRow): DealDto {
  return {
    ...row,
    ...contentOfRow(row),
    reviewState: row.reviewState as ReviewState,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
