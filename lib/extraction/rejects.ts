/**
 * Rejects stage: named rules that say why a candidate investor name is no investor. Used on
 * mentions (so the next candidate can take its place) and again on finished records. Below them,
 * the commitment rules: why a sentence whose investor and target are chosen states no investment.
 */
import stopwords from "stopwords-iso";
import type { SentenceInfo } from "./facts";
import type { FacilityMention } from "./facilities";
import { BUDGET_RE, EXISTING_SITES_RE, OWN_INVEST_RE, SUPPLY_RE } from "./lexicon/context-words";
import { LowerTest } from "./lower-test";
import { memoize } from "./memo";
import type { Money } from "./money";
import { fold, foldSameLength } from "./normalize";
import { anyWordForm, lexiconFor, unionList, unionSource, wordForm } from "./lexicon/all";
import { ACQ_OR_STAKE_RE, JV_RE_FOLDED, TRIGGER_FOLDED } from "./stages/cues";
import {
  ASSOCIATION_RE,
  DEMONYM_NOUNS,
  DEVELOPMENT_LENDER_RE,
  PUBLICATION_RE,
  SHARE_LINK_WORDS,
  GERMAN_COMMON_HEAD_RE,
  INTERNATIONAL_BODY_RE,
  MARKETS,
  NEWS_AGENCIES,
  PUBLICATIONS as PUBLICATION_NAMES,
  OFFICE_TITLE_RE,
  PROGRAMME_NAME_RE,
  REGION_RE,
} from "./lexicon/never-investors";

const LANGS = ["de", "en", "fr", "es", "it", "pt", "tr", "nl", "pl"] as const;
const STOPWORDS: Record<string, Set<string>> = Object.fromEntries(
  LANGS.map((l) => [l, new Set(((stopwords as Record<string, string[]>)[l] ?? []).map((w) => fold(w)))]),
);
const AGENCIES = new Set(NEWS_AGENCIES.map((a) => fold(a)));
const PUBLICATIONS = new Set(PUBLICATION_NAMES.map((a) => fold(a)));
const MARKET_NAMES = new Set(MARKETS.map((a) => fold(a)));

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

/** "Piazza Affari", "Ibex 35", "Wall Street": a stock market or index. */
export const rejectMarket: NameRule = (_n, f) => (MARKET_NAMES.has(f) ? `"${f}" is a stock market or index` : null);

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
export const rejectPublication: NameRule = (_n, f) =>
  PUBLICATION_RE.test(f) || PUBLICATIONS.has(f) ? `"${f}" is a publication` : null;

/** Turkish writes a suffix on a proper name after an apostrophe ("Manisa'ya"): a capitalized word ending in a case or
 * plural-possessive suffix without one ("Firmadan", "Cumhuriyetleri", "Tamamlandığında", "Anlaşmanın", "Görüşmede") is a
 * common word opening a sentence. */
export const rejectTurkishInflected: NameRule = (name, f, words, lang) =>
  words.length === 1 && !/['’]/.test(name) && /^\p{Lu}\p{Ll}/u.test(name) && !!wordForm(lang, "inflectedWord")?.test(f)
    ? `"${name}" is an inflected Turkish word`
    : null;

/** "Abriram-se as portas", "Tornou-se": a Portuguese verb with its pronoun after a hyphen opens the clause, no name. */
export const rejectPortugueseCliticVerb: NameRule = (name, _f, words, lang) =>
  words.length === 1 && !!wordForm(lang, "cliticVerb")?.test(name) ? `"${name}" is a verb with its pronoun` : null;

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

/** "Establishing industries that add value …", "Building on …": an English gerund opening a sentence is no name. */
export const rejectEnglishGerund: NameRule = (name, f, words, lang, initial) =>
  initial && words.length === 1 && !!wordForm(lang, "gerundOpener")?.test(name)
    ? `"${name}" is a verb form opening the sentence`
    : null;

/** The language's site-name patterns and English's (every language's when the language is unknown), one regex. */
const siteNameRe = memoize((lang: string | null): RegExp => {
  const lex = lexiconFor(lang);
  const sources = lex
    ? [...lex.siteNamePatterns, ...(lex.lang === "en" ? [] : lexiconFor("en")!.siteNamePatterns)]
    : unionList("siteNamePatterns");
  return new RegExp(sources.join("|"), "u");
}, 16);
const AND_WORDS = new Set([...unionList("andWords").map((w) => fold(w)), "&"]);
/** "Dire Dawa Industrial Park", "Teknolojik Sanayi Geliştirme Bölgesi", "Puerto de Aguas Profundas": a site, zone, street,
 * district or event (in the article's language or English), not who invests there; "Adani Ports and Special Economic
 * Zone" joins a firm's words and stays. */
export const rejectSiteName: NameRule = (name, f, words, lang) =>
  siteNameRe(lang).test(f) && !words.some((w) => AND_WORDS.has(w)) ? `"${name}" names a site, zone or event` : null;

/** Turkish "Enerji Piyasası Düzenleme Kurumuna", "İhracatçılar Birliğinin": a case ending after a possessive, with no
 * apostrophe, closes a common noun phrase; a firm's name takes its case after an apostrophe ("Koç Holding'in"). */
export const rejectTurkishCaseEnding: NameRule = (name, f, words, lang) =>
  words.length >= 2 &&
  !/['’]/.test(name) &&
  words[words.length - 1].length >= 6 &&
  !!wordForm(lang, "possessiveCaseEnding")?.test(words[words.length - 1])
    ? `"${name}" ends in a Turkish case ending`
    : null;

/** The language's adverb endings as one regex on a folded word, or null where it has none. */
const adverbRe = memoize((lang: string | null): RegExp | null => {
  const ends = lexiconFor(lang)?.adverbEndings ?? [];
  return ends.length ? new RegExp(`^\\p{L}{4,}(?:${ends.join("|")})$`, "u") : null;
}, 16);
/** "Parallèlement, …", "Zusätzlich investiert …": a sentence's first word with the language's adverb ending is no name. */
export const rejectInitialAdverb: NameRule = (name, f, words, lang, initial) =>
  initial && words.length === 1 && adverbRe(lang)?.test(f) ? `"${name}" is an adverb opening the sentence` : null;

const NAME_RULES: [string, NameRule][] = [
  ["rejectEnglishGerund", rejectEnglishGerund],
  ["rejectInitialAdverb", rejectInitialAdverb],
  ["rejectDemonymNoun", rejectDemonymNoun],
  ["rejectProgramme", rejectProgramme],
  ["rejectRomanNumeral", rejectRomanNumeral],
  ["rejectInternationalBody", rejectInternationalBody],
  ["rejectDevelopmentLender", rejectDevelopmentLender],
  ["rejectStopword", rejectStopword],
  ["rejectNewsAgency", rejectNewsAgency],
  ["rejectMarket", rejectMarket],
  ["rejectOfficeHolder", rejectOfficeHolder],
  ["rejectRegion", rejectRegion],
  ["rejectGermanCommonNoun", rejectGermanCommonNoun],
  ["rejectAssociation", rejectAssociation],
  ["rejectShareLinks", rejectShareLinks],
  ["rejectPublication", rejectPublication],
  ["rejectTurkishInflected", rejectTurkishInflected],
  ["rejectPortugueseCliticVerb", rejectPortugueseCliticVerb],
  ["rejectTurkishCaseEnding", rejectTurkishCaseEnding],
  ["rejectSiteName", rejectSiteName],
];

/** The first rule that rejects `name` as an investor, or null when none does. */
export function rejectInvestorName(name: string, lang: string | null, initial = false): NameReject | null {
  return rejectsFor(lang, initial)(name);
}

/**
 * The rules read nothing but the name, the language and whether the name opens its sentence, and every capitalized
 * run of every sentence is asked about (a name usually several times an article): answers memoized per language and
 * position, keyed by the name. The answer objects are shared; callers only read them.
 */
type RejectsByName = (name: string) => NameReject | null;
/** language → [mid-sentence, sentence-initial] */
const REJECTS_BY_LANG = new Map<string | null, [RejectsByName, RejectsByName]>();
function rejectsFor(lang: string | null, initial: boolean): RejectsByName {
  let pair = REJECTS_BY_LANG.get(lang);
  if (!pair) {
    pair = [
      memoize((name: string) => rejectName(name, lang, false), 20_000),
      memoize((name: string) => rejectName(name, lang, true), 20_000),
    ];
    REJECTS_BY_LANG.set(lang, pair);
  }
  return pair[initial ? 1 : 0];
}

function rejectName(name: string, lang: string | null, initial: boolean): NameReject | null {
  const folded = fold(name).trim();
  const words = folded.split(/\s+/).filter(Boolean);
  for (const [rule, fn] of NAME_RULES) {
    const reason = fn(name, folded, words, lang, initial);
    if (reason) return { rule, reason };
  }
  return null;
}

// Commitment rejects: a sentence whose investor and target are chosen that still states no investment.

const SUPPLY = new LowerTest(SUPPLY_RE);
const OWN_INVEST = new LowerTest(OWN_INVEST_RE);
const EXISTING_SITES = new LowerTest(EXISTING_SITES_RE);
const BUDGET = new LowerTest(BUDGET_RE);
const BUDGET_ALL = new RegExp(BUDGET_RE.source, "giu");
const PROJECT_BUDGET = new RegExp(unionSource("projectBudgetWords"), "iu");

/** Every budget word of the sentence is one project's cost: "total capital expenditure for the project is estimated at
 * $380 million", "les dépenses d'investissement du projet". */
function projectBudget(t: string): boolean {
  BUDGET_ALL.lastIndex = 0;
  let seen = false;
  for (let m = BUDGET_ALL.exec(t); m; m = BUDGET_ALL.exec(t)) {
    if (!PROJECT_BUDGET.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60))) return false;
    seen = true;
    if (m[0].length === 0) BUDGET_ALL.lastIndex++;
  }
  return seen;
}

/** investorAt: the investor's offset in the sentence; viaCoref: the investor is the company in focus, not named. */
type CommitmentRule = (
  info: SentenceInfo,
  investorAt: number,
  viaCoref: boolean,
  lang?: string | null,
) => string | null;

/** "won a $900m order to supply turbines to a plant in Egypt": a sale, not an investment. */
export const rejectSupplyContract: CommitmentRule = (info) =>
  SUPPLY.test(info.s.text) && !OWN_INVEST.test(info.s.text) ? "a supply contract: a sale, not an investment" : null;

/** "nach A, B und C das vierte Werk", "after A and B, its third plant": a list of existing sites. */
export const rejectExistingSites: CommitmentRule = (info) =>
  !info.investMoney.length && EXISTING_SITES.test(info.s.text) ? "a list of existing sites, no amount" : null;

/** "„Wir investieren in Europa“, sagte …": a quotation with neither amount nor facility. */
export const rejectBareQuote: CommitmentRule = (info) =>
  !info.investMoney.length && !info.facilities.length && /^["„“«»]/.test(info.s.text)
    ? "a quotation with neither amount nor facility"
    : null;

const AMONG_RE = new RegExp(String.raw`(?<![\p{L}])(?:${unionList("amongWords").join("|") || "(?!)"})(?![\p{L}])`, "u");
/** "Bauherr ist der Hersteller", "the investor is": the word for who invests right before the name (any language's) */
const INVESTOR_IS_BEFORE = anyWordForm("investorIsBeforeName");
const INVEST_OF_BEFORE_RE = new RegExp(
  String.raw`^\p{L}*\s+(?:${unionSource("genitiveWords")}|${unionSource("byWords")})\s+(?:(?:${unionList("articles").join("|")})\s+)?$`,
  "u",
);

/** The sentence's first investing word that is not part of a firm's name ("Abu Dhabi Investment Authority (ADIA),
 * Singapore's GIC … are investing": the name's "Investment" stands before GIC, the verb after it). */
function triggerOutsideNames(info: SentenceInfo, folded: string): { index: number } | null {
  const base = info.s.start;
  let from = 0;
  while (from < folded.length) {
    const m = TRIGGER_FOLDED.exec(folded.slice(from));
    if (!m) return null;
    const at = from + m.index;
    const inName = info.orgs.find((o) => !o.person && o.start - base <= at && at < o.end - base);
    if (!inName) return { index: at };
    from = inName.end - base;
  }
  return null;
}

/** "Investments in the region were welcomed by X": the investing word stands before the firm, with neither amount
 * nor facility nor a stake: the firm is not who invests. */
export const rejectNameAfterInvestWord: CommitmentRule = (info, investorAt, viaCoref, lang = null) => {
  if (viaCoref || info.investMoney.length || info.facilities.length) return null;
  // (not where the language names an investment's author after its noun as often as before it)
  if (lexiconFor(lang)?.authorAfterInvestWord) return null;
  const folded = foldSameLength(info.s.text);
  const t = triggerOutsideNames(info, folded);
  // "neue Investitionen von Siemens", "investments by Intel": the investment's own author follows it
  if (t && INVEST_OF_BEFORE_RE.test(folded.slice(t.index, investorAt))) return null;
  // "yatırımlar arasında … Chery … yer alıyor": the firms listed among the investments made them
  if (t && AMONG_RE.test(folded.slice(t.index, investorAt))) return null;
  // "Bauherr ist der Naturheilmittel-Hersteller Weleda": the word for who invests names the firm
  if (t && INVESTOR_IS_BEFORE?.test(fold(info.s.text.slice(Math.max(0, investorAt - 80), investorAt)))) return null;
  return t && t.index < investorAt && !ACQ_OR_STAKE_RE.test(info.s.text)
    ? "the investing word comes before the firm, with no amount or facility: the firm is not who invests"
    : null;
};

const COMMITMENT_RULES: [string, CommitmentRule][] = [
  ["rejectSupplyContract", rejectSupplyContract],
  ["rejectExistingSites", rejectExistingSites],
  ["rejectBareQuote", rejectBareQuote],
  ["rejectNameAfterInvestWord", rejectNameAfterInvestWord],
];

/** The first rule that rejects the sentence as a commitment by its chosen investor, or null when none does. */
export function rejectCommitment(
  info: SentenceInfo,
  investorAt: number,
  viaCoref: boolean,
  lang: string | null = null,
): NameReject | null {
  for (const [rule, fn] of COMMITMENT_RULES) {
    const reason = fn(info, investorAt, viaCoref, lang);
    if (reason) return { rule, reason };
  }
  return null;
}

/** "will spend €1.5bn on capital expenditure this year": amounts of a spending budget in the investor's clause, with no
 * facility and no joint venture, are no project. */
export function rejectBudget(info: SentenceInfo, money: Money[], facilities: FacilityMention[]): string | null {
  const t = info.s.text;
  return !facilities.length &&
    money.length &&
    BUDGET.test(t) &&
    !JV_RE_FOLDED.test(foldSameLength(t)) &&
    !projectBudget(t)
    ? "a spending budget, not a project"
    : null;
}
