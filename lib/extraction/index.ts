/** Public API of the extraction engine: the only module other code imports. */
// first: sets how V8 compiles the regexes that the modules below create
import "./regexp-tier";
import { extractArticle } from "./assemble";
import { findCountries, lookupPlace } from "./countries";
import { findDates, findPublicationDate as findPubDate, parsePublished } from "./dates";
import { findMoney } from "./money";
import { detectLanguage as detect } from "./language";
import { blankLongRuns } from "./long-runs";
import { buildRecords } from "./records";
import { completeEvidence } from "./evidence";
import { rejectInvestorName } from "./rejects";
import type { ExtractedDeal, ExtractOptions } from "./types";

export type {
  DealKind,
  DealStatus,
  EvidenceSpan,
  ExtractedDeal,
  ExtractOptions,
  Facility,
  FacilityType,
} from "./types";

/** "d'euros.Safran est": a sentence's full stop glued to the next sentence's first word (a page's lost line break). A
 * lower-case word of three letters or more before it, so names ("Trustpoint.One", "Booking.com") and figures stay. */
const GLUED_RE = /(?<![\p{L}\p{N}.@\/])(\p{Ll}{3,})\.(?=\p{Lu}\p{Ll})/gu;

/** All investment records an article states, most certain first within their order of appearance. */
export function extractDeals(text: string, options: ExtractOptions = {}): ExtractedDeal[] {
  if (typeof text !== "string" || !text.trim()) return [];
  // an invalid publication date is treated as unknown
  const published = options.published && parsePublished(options.published) ? options.published.trim() : null;
  // blank out very long non-space runs (URLs, base64, garbage): they hold no facts and slow the regexes;
  // same length, so every offset still points into the original text
  // (and a glued full stop becomes a line break, also of the same length)
  const safe = blankLongRuns(text).replace(GLUED_RE, "$1\n");
  const lang = detect(safe);
  return (
    buildRecords(extractArticle(safe, published, lang, options.secondReadings ?? true))
      // a name that reached a record through an acronym or a parent is checked once more
      .filter((d) => rejectInvestorName(d.investor, lang) === null)
      .map((d) => completeEvidence(safe, d))
  );
}

export function detectLanguage(text: string): string | null {
  return detect(text);
}

export function findPublicationDate(text: string): string | null {
  return findPubDate(text);
}

// Readers of a few words (an editor's selection in an article), with the engine's own parsers.

/** The first amount in the words ("$450 million" → 450000000, "USD", the words as written), or null. */
export function readAmount(
  words: string,
  language: string | null,
): { amount: number; currency: string | null; text: string } | null {
  const money = findMoney(words, language)[0];
  return money ? { amount: money.amount, currency: money.currency, text: money.text } : null;
}

/** The country the words name or place ("Türkei", "Izmir" → "TR"), or null. */
export function readCountry(words: string): string | null {
  return lookupPlace(words.trim())?.code ?? findCountries(words)[0]?.code ?? null;
}

/** The first date in the words, at the precision they state ("März 2024" → "2024-03"), or null. */
export function readDate(words: string, published: string | null): string | null {
  return findDates(words, published)[0]?.value ?? null;
}
