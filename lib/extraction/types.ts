/** Public record types of the extraction engine. */
export type FacilityType =
  | "factory"
  | "data_center"
  | "logistics_center"
  | "export_center"
  | "rnd_center"
  | "office"
  | "retail"
  | "energy"
  | "mine"
  | "infrastructure"
  | "real_estate"
  | "other";
export type DealStatus = "announced" | "proposed" | "completed";
export type DealKind = "greenfield" | "expansion" | "joint_venture" | "stake" | "acquisition" | "partnership" | "other";
export type EvidenceSpan = { field: string; start: number; end: number };
export type Facility = { type: FacilityType; city: string | null; name: string | null };
export type ExtractedDeal = {
  investor: string;
  via: string | null;
  investorCountry: string | null;
  targetCountry: string;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  amountAlternatives: { amount: number; currency: string }[];
  facilities: Facility[];
  announcedOn: string | null;
  status: DealStatus;
  kind: DealKind;
  stakePercent: number | null;
  partners: string[];
  confidence: number;
  evidence: EvidenceSpan[];
};
export type ExtractOptions = {
  published?: string | null;
  /** also list each commitment sentence's second readings (its other candidate countries, its other acting firms;
   * stages/alternatives.ts), with a lower confidence; default true */
  secondReadings?: boolean;
};
