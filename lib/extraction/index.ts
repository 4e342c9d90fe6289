/** Public API of the extraction engine: the only module other code imports. */
import { extractArticle } from "./assemble";
import { findPublicationDate as findPubDate } from "./dates";
import { detectLanguage as detect } from "./language";
import { buildRecords } from "./records";
import type { ExtractedDeal, ExtractOptions } from "./types";

export type {
  DealKind, DealStatus, EvidenceSpan, ExtractedDeal, ExtractOptions, Facility, FacilityType,
} from "./types";

/** All investment records an article states, most certain first within their order of appearance. */
export function extractDeals(text: string, options: ExtractOptions = {}): ExtractedDeal[] {
  if (typeof text !== "string" || !text.trim()) return [];
  const published = options.published ?? null;
  return buildRecords(extractArticle(text, published));
}

export function detectLanguage(text: string): string | null {
  return detect(text);
}

export function findPublicationDate(text: string): string | null {
  return findPubDate(text);
}
