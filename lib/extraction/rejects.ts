/**
 * Rejects stage: named rules that say why a candidate investor name is no investor. Used on
 * mentions (so the next candidate can take its place) and again on finished records.
 */
import stopwords from "stopwords-iso";
import { fold } from "./normalize";
import {
  ASSOCIATION_RE,
  DEMONYM_NOUNS,
  DEVELOPMENT_LENDER_RE,
  PUBLICATION_RE,
  SHARE_LINK_WORDS,
  GERMAN_COMMON_HEAD_RE,
  INTERNATIONAL_BODY_RE,
  NEWS_AGENCIES,
  OFFICE_TITLE_RE,
  PROGRAMME_NAME_RE,
  REGION_RE,
} from "./lexicon/never-investors";

const LANGS = ["de", "en", "fr", "es", "it", "pt", "tr", "nl", "pl"] as const;
const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  LANGS.map((l) => [l, new Set(((stopwords as Record<string, string[]>)[l] ?? []).map((w) => fold(w)))]),
);
const AGENCIES = new Set(NEWS_AGENCIES.map((a) => fold(a)));

export type NameReject = { rule: string; reason: string };
type NameRule = (name: string, folded: string, words: string[], lang: string | null, initial: boolean) => string | null;

/** A function word of the article's language (or of any language when it is unknown). */
export function isStopword(folded: string, lang: string | null): boolean {
  const langs = lang && STOPWORDS[lang] ? [lang] : LANGS;
  return langs.some((l) => STOPWORDS[l].has(folded));
}

/** A sentence's first word that is a function word ("Where", "Thanks", "Mientras"); mid-sentence
 * capitals stay names ("die Firma Kurz"). */
export const rejectStopword: NameRule = (_n, f, words, lang, initial) => {
  if (words.length !== 1 || !initial) return null;
  const langs = lang && STOPWORDS[lang] ? [lang, "en"] : LANGS;
  return langs.some((l) => STOPWORDS[l].has(f)) ? `"${f}" is a stop word, not a name` : null;
};

/** "(MENAFN)", "PTI": the agency that carried the article. */
export const rejectNewsAgency: NameRule = (_n, f) => (AGENCIES.has(f) ? `"${f}" is a news agency` : null);

/** "Bundeswirtschaftsminister Peter Altmaier", "President Lula": a person in office. */
export const rejectOfficeHolder: NameRule = (name) =>
  name.split(/\s+/).some((w) => OFFICE_TITLE_RE.test(w)) ? `"${name}" names a person by office` : null;

/** "Westeuropa", "Southeast Asia". */
export const rejectRegion: NameRule = (name) => (REGION_RE.test(name.trim()) ? `"${name}" is a region` : null);

/** German "Facharbeiter", "Nahrungsmittelsektor", "Getriebe": a common noun, capitalized as German nouns are. */
export const rejectGermanCommonNoun: NameRule = (name, _f, words, lang) =>
  lang === "de" && words.length === 1 && !/\p{Lu}.*\p{Lu}/u.test(name) && GERMAN_COMMON_HEAD_RE.test(name)
    ? `"${name}" is a German common noun`
    : null;

/** "Fondo Monetario Internacional", "Dünya Bankası", "UNCTAD": lenders and bodies of states, not investors. */
export const rejectInternationalBody: NameRule = (_n, f) =>
  INTERNATIONAL_BODY_RE.test(f) ? `"${f}" is an international organization` : null;

/** "Banco Centroamericano de Integración Económica", "Asian Development Bank": development lenders lend, they do not invest. */
export const rejectDevelopmentLender: NameRule = (_n, f) =>
  DEVELOPMENT_LENDER_RE.test(f) ? `"${f}" is a development lender` : null;

/** "Polsko-Ukraińska Izba Gospodarcza", "Invitalia", "Flanders Investment & Trade": chambers, associations, promotion agencies. */
export const rejectAssociation: NameRule = (_n, f) =>
  ASSOCIATION_RE.test(f) ? `"${f}" is a chamber, association or promotion agency` : null;

/** "WhatsApp Telegram Facebook Twitter": a row of share links. */
export const rejectShareLinks: NameRule = (_n, _f, words) =>
  words.filter((w) => SHARE_LINK_WORDS.has(w)).length >= 2 ? "a row of share links" : null;

/** "Jornal Económico", "Gazeta Wyborcza": a publication. */
export const rejectPublication: NameRule = (_n, f) => (PUBLICATION_RE.test(f) ? `"${f}" is a publication` : null);

/** Turkish writes a suffix on a proper name after an apostrophe ("Manisa'ya"): a capitalized word ending in a case or
 * plural-possessive suffix without one ("Firmadan", "Cumhuriyetleri", "Tamamlandığında") is a common word opening a sentence. */
export const rejectTurkishInflected: NameRule = (name, f, words, lang) =>
  lang === "tr" &&
  words.length === 1 &&
  !/['’]/.test(name) &&
  /^\p{Lu}\p{Ll}/u.test(name) &&
  /(?:dan|den|tan|ten|nda|nde|leri|lari|ginda|ginde|ligi|ligi|masi|mesi)$/.test(f)
    ? `"${name}" is an inflected Turkish word`
    : null;

/** "XVI", "XXVI Cimeira": a Roman numeral under 90 (an edition, a century) opens no firm's name; "IVC" is no numeral. */
export const rejectRomanNumeral: NameRule = (name) =>
  /^(?=[IVXL]{2,}(?:\s|$))(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?:\s|$)/u.test(name)
    ? `"${name}" starts with a Roman numeral`
    : null;

/** "Programa de Resiliência Climática", "Sulama Modernizasyonu Projesi": a programme, not who pays for it. */
export const rejectProgramme: NameRule = (name) =>
  PROGRAMME_NAME_RE.test(name.trim()) ? `"${name}" names a programme or project` : null;

/** "Koreańczycy zainwestują", "Die Chinesen bauen": a nation's people, not a firm. */
export const rejectDemonymNoun: NameRule = (name, f, words) =>
  words.length === 1 && DEMONYM_NOUNS.has(f) ? `"${name}" names a nation's people` : null;

const NAME_RULES: [string, NameRule][] = [
  ["rejectDemonymNoun", rejectDemonymNoun],
  ["rejectProgramme", rejectProgramme],
  ["rejectRomanNumeral", rejectRomanNumeral],
  ["rejectInternationalBody", rejectInternationalBody],
  ["rejectDevelopmentLender", rejectDevelopmentLender],
  ["rejectStopword", rejectStopword],
  ["rejectNewsAgency", rejectNewsAgency],
  ["rejectOfficeHolder", rejectOfficeHolder],
  ["rejectRegion", rejectRegion],
  ["rejectGermanCommonNoun", rejectGermanCommonNoun],
  ["rejectAssociation", rejectAssociation],
  ["rejectShareLinks", rejectShareLinks],
  ["rejectPublication", rejectPublication],
  ["rejectTurkishInflected", rejectTurkishInflected],
];

/** The first rule that rejects `name` as an investor, or null when none does. */
export function rejectInvestorName(name: string, lang: string | null, initial = false): NameReject | null {
  const folded = fold(name).trim();
  const words = folded.split(/\s+/).filter(Boolean);
  for (const [rule, fn] of NAME_RULES) {
    const reason = fn(name, folded, words, lang, initial);
    if (reason) return { rule, reason };
  }
  return null;
}
