import type { DealStatus, DealKind, FacilityType, ReviewState } from "../schemas/deal";

export type FacilityDto = { type: FacilityType; city: string | null; name: string | null };

/** A deal as pages, the API and exports see it: plain data, never a Prisma model. */
export type DealDto = {
  id: number;
  investor: string;
  via: string | null;
  investorCountry: string | null;
  targetCountry: string;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  // the amount at the average rate of fxPeriod (YYYY or YYYY-MM); null when not convertible
  amountUsd: number | null;
  amountEur: number | null;
  fxPeriod: string | null;
  announcedOn: string | null;
  status: DealStatus;
  kind: DealKind;
  stakePercent: number | null;
  partners: string[];
  confidence: number;
  reviewState: ReviewState;
  version: number;
  facilities: FacilityDto[];
  // how many articles report the deal
  sourceCount: number;
  createdAt: string;
  updatedAt: string;
};

/** The columns every deal query selects, so each maps through toDealDto. */
export const DEAL_SELECT = {
  id: true, investor: true, via: true, investorCountry: true, targetCountry: true,
  amount: true, currency: true, amountText: true, amountUsd: true, amountEur: true, fxPeriod: true, announcedOn: true, status: true, kind: true,
  stakePercent: true, partners: true, confidence: true, reviewState: true, version: true, sourceCount: true,
  createdAt: true, updatedAt: true,
  facilities: { select: { type: true, city: true, name: true }, orderBy: { position: "asc" as const } },
} as const;

type DealRow = {
  id: number; investor: string; via: string | null; investorCountry: string | null; targetCountry: string;
  amount: number | null; currency: string | null; amountText: string | null; amountUsd: number | null; amountEur: number | null;
  fxPeriod: string | null; announcedOn: string | null; status: string; kind: string; stakePercent: number | null; partners: string; confidence: number;
  reviewState: string; version: number; sourceCount: number; createdAt: Date; updatedAt: Date;
  facilities: { type: string; city: string | null; name: string | null }[];
};

export function parsePartners(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === "string") : [];
  } catch {
    return [];
  }
}

export function toDealDto(row: DealRow): DealDto {
  return {
    ...row,
    status: row.status as DealStatus,
    kind: row.kind as DealKind,
    reviewState: row.reviewState as ReviewState,
    partners: parsePartners(row.partners),
    facilities: row.facilities.map((f) => ({ ...f, type: f.type as FacilityType })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
