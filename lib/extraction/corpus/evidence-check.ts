/**
 * Does each field's evidence name its value? A country span must contain a mention of that country
 * (name, city or adjective), an investor span the investor's name, an amount span the amount's words.
 */
import { findCountries, lookupTown, placeTwins, polishInflectedPlace } from "../countries";
import { detectLanguage } from "../language";
import { lexiconFor } from "../lexicon/all";
import type { ExtractedDeal } from "../types";

export type EvidenceFailure = { field: string; value: string };

function spansOf(d: ExtractedDeal, field: string): { start: number; end: number }[] {
  return d.evidence.filter((e) => e.field === field);
}

const CONGOS = new Set(["CD", "CG"]);

function namesCountry(text: string, spans: { start: number; end: number }[], code: string): boolean {
  // a town is read only after a place preposition, which the span of the town's name leaves out
  return spans.some(
    (s) =>
      findCountries(text.slice(s.start, s.end), s.start).some(
        // a bare "Congo" names either Congo (the engine reads it as the one the article names in full)
        // (and a town another country's town is also named after names that country too: "Dublin", Georgia)
        (c) =>
          c.code === code ||
          (c.kind === "city" && placeTwins(c.text).includes(code)) ||
          (CONGOS.has(code) && CONGOS.has(c.code) && /^(?:congo|kongo)$/i.test(c.text)),
      ) ||
      lookupTown(text.slice(s.start, s.end)) === code ||
      // (a bare town that several countries have: "Santarém" in Brazil and in Portugal)
      (lookupTown(text.slice(s.start, s.end)) !== null && placeTwins(text.slice(s.start, s.end)).includes(code)) ||
      polishInflectedPlace(text.slice(s.start, s.end)) === code,
  );
}

/** The fields of one record whose evidence does not name the value. */
export function evidenceFailures(text: string, d: ExtractedDeal): EvidenceFailure[] {
  const out: EvidenceFailure[] = [];
  const covers = (field: string, words: string) =>
    spansOf(d, field).some((s) => text.slice(s.start, s.end).toLowerCase().includes(words.toLowerCase()));
  if (!covers("investor", d.via && !text.includes(d.investor) ? d.via : d.investor))
    out.push({ field: "investor", value: d.investor });
  // a target with no span at all is one no words of the sentences name: it must be the language's home country, or
  // the country of its news that names none
  const targetSpans = spansOf(d, "targetCountry");
  const lex = lexiconFor(detectLanguage(text));
  if (
    targetSpans.length
      ? !namesCountry(text, targetSpans, d.targetCountry)
      : lex?.homeCountry !== d.targetCountry && lex?.unnamedCountry !== d.targetCountry
  )
    out.push({ field: "targetCountry", value: d.targetCountry });
  if (d.investorCountry && !namesCountry(text, spansOf(d, "investorCountry"), d.investorCountry))
    out.push({ field: "investorCountry", value: d.investorCountry });
  if (d.amountText && !covers("amount", d.amountText)) out.push({ field: "amount", value: d.amountText });
  return out;
}
