/** Per-sentence analysis: the mentions a sentence holds and the investment fact it states, if any. */
import { lookupPlace, lookupTown, type CountryMention } from "./countries";
import { commonWordsOf } from "./lexicon/common-words";
import { findDates, type DateMention } from "./dates";
import { findFacilities, type FacilityMention } from "./facilities";
import { COUNT_UNIT_AFTER_RE, INVEST_WORD_RE } from "./lexicon/context-words";
import { PERCENT_SOURCE } from "./lexicon/money-words";
import { INVESTMENT_AMOUNT_RE, NOT_INVESTMENT_AMOUNT_RE, TRIGGER_RE } from "./lexicon/cue-words";
import { forFoldedText, unionSource, wordForm } from "./lexicon/all";
import { clauseWords } from "./lexicon/clause-words";
import { findMoney, type Money } from "./money";
import { memoize } from "./memo";
import { fold, foldSameLength, LowerCaseRegExp } from "./normalize";
import { FIRST_NAMES } from "./lexicon/person-words";
import { findOrgs, type OrgMention } from "./orgs";
import { isStopword } from "./rejects";
import { findPercents } from "./status-kind";
import { ACQ_OR_STAKE_RE } from "./stages/cues";
import type { Sentence } from "./text";

export type SentenceInfo = {
  s: Sentence;
  orgs: OrgMention[];
  countries: CountryMention[];
  money: Money[];
  /** amounts that read as an investment (not turnover, aid, profits …) */
  investMoney: Money[];
  facilities: FacilityMention[];
  /** date mentions, computed on first use */
  readonly dates: DateMention[];
  trigger: boolean;
};

/** Is this amount an investment figure, judged by the words around it? */
export function isInvestmentAmount(text: string, m: Money, base: number): boolean {
  const s = m.start - base,
    e = m.end - base;
  const before = text.slice(Math.max(0, s - 60), s);
  const after = text.slice(e, e + 45);
  // "BBVA, con 4.323 millones (+25,3%)": a figure with its signed change on the year is a result, not an investment
  if (SIGNED_CHANGE_AFTER_RE.test(after)) return false;
  // "stieg um 74 Prozent auf 377 Millionen Euro", "rose 13% to AED 121.2 billion": a figure's new level after a change
  if (CHANGE_TO_BEFORE_RE.test(before)) return false;
  const negB = lastMatch(NEG_G, before);
  const negA = firstMatch(NEG_G, after);
  const negDist = Math.min(negB === null ? 999 : before.length - negB, negA === null ? 999 : negA + 8);
  if (negDist === 999) return true;
  // "39 euro per aandeel", "$5 million loan": a word right after the amount says what it is
  if (negA !== null && negA <= 1) return false;
  // (the investment words are looked for only now: most amounts have no other word near them)
  const posB = lastMatch(POS_G, before);
  const posA = firstMatch(POS_G, after);
  let posDist = Math.min(posB === null ? 999 : before.length - posB, posA === null ? 999 : posA + 8);
  // "for $2 billion", "für rund 100 Millionen", "$2 billion for the plant": the language's "for" right beside the amount
  const purposeB = PURPOSE_BEFORE_RE.exec(before);
  // ("duplicou os lucros para 107 milhões", "gestisce fondi per 124 miliardi": a "for" right after a word of no
  // investment is that word's, not the amount's purpose)
  if (purposeB && !(negB !== null && purposeB.index >= negB && purposeB.index - negB <= 3))
    posDist = Math.min(posDist, before.length - purposeB.index - purposeB[1].length);
  if (PURPOSE_AFTER_RE.test(after)) posDist = Math.min(posDist, 8);
  return posDist < negDist;
}

const PURPOSE = unionSource("amountPurposeWords");
/** "for", "für rund", "pour un total de": the word with at most three words after it, ending where the amount starts */
const PURPOSE_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(${PURPOSE})(?:\s+[\p{L}'’]+){0,3}\s*$`, "iu");
const PURPOSE_AFTER_RE = new RegExp(String.raw`^\s*(?:${PURPOSE})(?![\p{L}])`, "iu");

/** A change in per cent, then the language's "to" (and a few approximating words) right before the amount. */
const CHANGE_TO_BEFORE_RE = new RegExp(
  String.raw`\d\s?(?:%|${PERCENT_SOURCE})\s*,?\s+(?:${unionSource("changeToWords")})\s+(?:(?:${unionSource("approximateWords")}|${unionSource("articles")})\s+)*$`,
  "iu",
);
const SIGNED_CHANGE_AFTER_RE = /^[^\d().;]{0,12}\(\s*[+\-−–]\s?\d+(?:[.,]\d+)?\s?%\s*\)/u;

const TRIGGER_FOLDED = new RegExp(forFoldedText(TRIGGER_RE.source), "u");
const NEG_G = new LowerCaseRegExp(new RegExp(NOT_INVESTMENT_AMOUNT_RE.source, "giu"));
const POS_G = new LowerCaseRegExp(new RegExp(INVESTMENT_AMOUNT_RE.source, "giu"));

function firstMatch(g: LowerCaseRegExp, s: string): number | null {
  g.lastIndex = 0;
  const m = g.exec(s);
  return m ? m.index : null;
}
/** End of the last match in the whole of `s`. (It used to start where the regex's previous search had stopped,
 * as `s.matchAll(g)` does, so a cue word before an amount was missed or not depending on the amount read before.) */
function lastMatch(g: LowerCaseRegExp, s: string): number | null {
  g.lastIndex = 0;
  let last: number | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    last = m.index + m[0].length;
    if (!m[0]) g.lastIndex += (s.codePointAt(g.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  g.lastIndex = 0;
  return last;
}

export type ArticleLexicon = {
  known: Set<string>;
  persons: Set<string>;
  commonNouns: Set<string>;
  /** brands the article writes in lower case ("dm", "e-shelter"), folded (lowerCaseNames) */
  lowerNames?: Set<string>;
  text: string;
  /** a sentence's country mentions (the mentions stage finds each sentence's once) */
  countriesIn: (s: Sentence) => CountryMention[];
  /** the countries the article names, gathered from its sentences */
  articleCountries: () => Set<string>;
};

/** A single-word name is trusted as a weak candidate only when the article uses it more than once. */
function repeated(name: string, text: string): boolean {
  // a name of letters and digits only: count it among the article's words, counted once per article
  // (scanning the whole article for every such name cost sentences × article length)
  if (allAlnum(name)) return (wordCounts(text).get(name) ?? 0) >= 2;
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 2; at = text.indexOf(name, at + name.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at + name.length] ?? "") && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) n++;
  }
  return n >= 2;
}

/** Is this UTF-16 unit a letter or digit (the test repeated() applies to the units around a name)? */
const ALNUM_UNIT = new Int8Array(0x10000).fill(-1);
function alnumUnit(code: number): boolean {
  let v = ALNUM_UNIT[code];
  if (v < 0) v = ALNUM_UNIT[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0;
  return v === 1;
}
function allAlnum(name: string): boolean {
  if (!name) return false;
  for (let i = 0; i < name.length; i++) if (!alnumUnit(name.charCodeAt(i))) return false;
  return true;
}

/** How often each maximal run of letters and digits occurs in the text: the last article's, kept. */
let countsFor: { text: string; counts: Map<string, number> } | null = null;
function wordCounts(text: string): Map<string, number> {
  if (countsFor?.text === text) return countsFor.counts;
  const counts = new Map<string, number>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && alnumUnit(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const w = text.slice(start, i);
      counts.set(w, (counts.get(w) ?? 0) + 1);
      start = -1;
    }
  }
  countsFor = { text, counts };
  return counts;
}

/**
 * "Sovereign Wealth Funds", "Integración Económica", "Koszty są …": a name with no organization cue whose every word the
 * article also writes in lower case is a capitalized phrase (a heading, a sentence opening), not a firm.
 */
function commonWordsOnly(name: string, text: string, lang: string | null): boolean {
  const words = name.split(/[\s\-–/]+/).filter((w) => w.length >= 3);
  if (!words.length) return false;
  const counts = wordCounts(text);
  return words.every((w) => (counts.get(w.toLocaleLowerCase(lang ?? undefined)) ?? 0) > 0);
}

/** "FİNANSMAN", "PRZEGLĄD": one word in capitals the engine does not know as a firm (a heading's word, unless the
 * article also writes it in lower case: then commonWordsOnly drops it) */
function capitalsWord(o: OrgMention, lex: ArticleLexicon): boolean {
  return /^\p{Lu}{4,}$/u.test(o.name) && !lex.known.has(fold(o.name));
}

/** "Herzogenaurach/Istanbul – ", "BOGOTÁ. ", "NEW DELHI, July 18 – ", "Stuttgart (dpa) – ", "(ANSA) - SAN PAOLO, 08 OTT - ",
 * "DRUMMONDVILLE, QC, le 4 sept. 2019 /CNW Telbec/ - ": the dateline opening a paragraph. */
const DATELINE_RE =
  /^(?:\(\p{Lu}[\p{L}/ ]{1,15}\)\s*[–—-]\s*)?(?:\p{Lu}[\p{L}.'-]*(?:[ /-]\p{Lu}[\p{L}.'-]*){0,3}(?:,\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}+\.?))?\s*(?:\([^)]{1,20}\)\s*)?[–—-]\s|\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}[.:]\s|(?<capsPlace>\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2},[^\n]{0,80}?\d[^\n]{0,40}?\s[–—-]\s))/u;

const AGENCY_CREDIT_RE = /^\(\p{Lu}[\p{L}/ ]{1,15}\)\s*[–—-]\s*/u;

/** "précise Dominique Huth", "said Jordan Smith", "il presidente Rosario Crocetta": a country's or a city's name that is
 * a first name, opening the name of a person the article names (the surname right after it), is no place. */
function opensPersonName(c: CountryMention, persons: Set<string>): boolean {
  if ((c.kind !== "name" && c.kind !== "city") || !persons.size || !FIRST_NAMES.has(fold(c.text))) return false;
  const next = /^\s+([\p{L}'’-]+)/u.exec(c.after)?.[1];
  return next !== undefined && persons.has(`${fold(c.text)} ${next}`);
}

const GENITIVE_FIRST_RE = new RegExp(
  String.raw`^\s+(?:(?:${unionSource("genitiveWords")})\s+|d['’])?([\p{L}][\p{L}-]*)`,
  "iu",
);
/** "3 million sheep", "300 miljoen consumenten", "14 milioni di consumatori": a bare figure followed by a noun (of the
 * things it counts) that is no function word and no investing word is a count, not money. */
function countedNounAfter(after: string, lang: string | null): boolean {
  const m = GENITIVE_FIRST_RE.exec(after);
  if (!m) return false;
  const w = fold(m[1]);
  // (a word in capitals is a currency's code or sign: "4 milliards de CFA", "250 miljoen Fr.")
  return !isStopword(w, lang) && !INVEST_WORD_RE.test(m[1]) && !/^\p{Lu}+$|^\p{Lu}\p{Ll}?$/u.test(m[1]);
}

export function analyzeSentence(
  s: Sentence,
  lang: string | null,
  published: string | null,
  lex: ArticleLexicon,
  precomputed?: OrgMention[],
): SentenceInfo {
  const dl = DATELINE_RE.exec(s.text);
  // "(VOVWORLD) - Die deutsche Wirtschaftswoche …": an agency's credit alone, with no place after it
  const credit = dl ? null : AGENCY_CREDIT_RE.exec(s.text);
  const dateline = s.start + (dl?.[0].length ?? credit?.[0].length ?? 0);
  // "Como resultado …" is no visit to Como: a city named like a function word of the article's language is that word
  const found = precomputed ?? findOrgs(s.text, s.start, lang, lex.known, lex.persons, lex.commonNouns, lex.lowerNames);
  // "dei giapponesi di Asahi": a firm its words mark as one is no town of the same name
  const firmNotPlace = (c: { start: number; end: number }) =>
    found.some((o) => o.notPlace && o.start <= c.start && o.end >= c.end);
  const countries = lex.countriesIn(s).filter(
    (c) =>
      c.start >= dateline &&
      !(c.kind === "city" && firmNotPlace(c)) &&
      !(c.kind === "city" && !c.text.includes(" ") && isStopword(fold(c.text), lang)) &&
      // "quotata in Borsa" is no visit to the Romanian town: a small town's name (one the gazetteer lacks) that is a
      // frequent lower-case word of the article's language is that word
      !(c.kind === "city" && !c.text.includes(" ") && !lookupPlace(c.text) && commonWordsOf(lang).has(fold(c.text))) &&
      !opensPersonName(c, lex.persons),
  );
  const named = found
    .filter((o) => o.town || !countries.some((c) => c.kind !== "adjective" && c.start <= o.start && c.end >= o.end))
    // "PAU – Le groupe …": an upper-case place in the dateline is not a firm
    // and an agency credit in such a dateline ("DRUMMONDVILLE, QC, le 4 sept. 2019 /CNW Telbec/ -") is none either
    .filter((o) => !(o.end <= dateline && (!/\p{Ll}/u.test(o.name) || dl?.groups?.capsPlace || credit)))
    // "Koszty są porównywalne …", "Yeni yatırımla …": one capitalized word opening the sentence, trusted only for the verb
    // after it, is a name only if the article also capitalizes it in mid-sentence (German capitalizes every noun)
    .filter((o) => !((o.weak || o.verbOnly || capitalsWord(o, lex)) && commonWordsOnly(o.name, lex.text, lang)));
  const inOrg = (c: { start: number; end: number }) =>
    orgs.some((o) => o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start);
  const money = findMoney(s.text, lang, s.start).filter(
    // (the window holds a genitive and the longest unit word: " di passeggeri", " metrów kwadratowych")
    (m) =>
      !COUNT_UNIT_AFTER_RE.test(s.text.slice(m.end - s.start, m.end - s.start + 32)) &&
      !(m.currency === null && countedNounAfter(s.text.slice(m.end - s.start, m.end - s.start + 40), lang)),
  );
  // "an investment of CHF87m": a currency's code glued to a figure is money, not a name like "3M"
  const orgs = named.filter(
    (o) =>
      !money.some(
        (m) => m.currency !== null && /^\p{Lu}{3}\s?\d/u.test(m.text) && m.start <= o.start && m.end >= o.end,
      ),
  );
  // "3M will invest $500 million": a figure inside a name is no amount
  const ownMoney = money.filter((m) => !orgs.some((o) => m.start < o.end && m.end > o.start));
  const investMoney = ownMoney.filter(
    // "75,97 USD" in a ticker, "20 000 USD": no investment is that small
    // (the words around it are read last: the size alone rules most figures out)
    (m) => (m.currency !== null || m.amount >= 1e6) && m.amount >= 1e5 && isInvestmentAmount(s.text, m, s.start),
  );
  const facilities = findFacilities(s.text, lang, s.start)
    .filter((f) => !orgs.some((o) => f.start < o.end && f.end > o.start))
    // "lo stabilimento di Barilla", "bij DHL in Eindhoven": a firm named where the city would be is no city (a name
    // with no firm's cue only when the article names it again: a town is named once, a firm over and over)
    .map((f) =>
      f.city !== null && orgs.some((o) => !o.person && o.name === f.city && (!o.weak || repeated(o.name, lex.text)))
        ? { ...f, city: null }
        : f,
    );
  // "The Sebeta plant": a town of the article's country naming the site that follows it, not a firm
  const siteNames = orgs.filter(
    (o) =>
      !o.name.includes(" ") &&
      facilities.some((f) => f.start > o.end && f.start - o.end <= 2) &&
      lex.articleCountries().has(lookupTown(o.name) ?? ""),
  );
  const ownOrgs = siteNames.length ? orgs.filter((o) => !siteNames.includes(o)) : orgs;
  return {
    s,
    orgs: keepWeakNames(ownOrgs, investMoney, facilities, lex.text, lang, s),
    // "1 billion United States dollars", "dólares estadounidenses": a country word in a currency's name is no place
    countries: countries.filter((c) => !inOrg(c) && !money.some((m) => m.start <= c.start && m.end >= c.end)),
    money: ownMoney,
    investMoney,
    facilities,
    get dates(): DateMention[] {
      // a dateline date ("NEW DELHI, July 18 –") never outranks a weekday in the text
      const all = findDates(s.text, published, s.start, lang);
      const v = all.some((d) => d.start >= dateline) ? all.filter((d) => d.start >= dateline) : all;
      Object.defineProperty(this, "dates", { value: v });
      return v;
    },
    trigger: TRIGGER_FOLDED.test(foldSameLength(s.text)),
  };
}

/** "la reinversión de Bridgepoint", "investments by Intel": a lower-case investing word and the language's own "of/by"
 * name the investment's author ("Investment of the Year" is a title; Dutch "investeerde de" is an article) */
function investmentAuthor(o: OrgMention, text: string, lang: string | null): boolean {
  const { investAuthorBefore, passiveAuthorBefore } = clauseWords(lang);
  const from = Math.max(0, o.start - 50);
  const m = investAuthorBefore?.exec(foldSameLength(text.slice(from, o.start)));
  if (m && !/\p{Lu}/u.test(text[from + m.index])) return true;
  // "W budowę hali zainwestuje też Imola": the subject after a future verb of investing or building
  const verbBefore = wordForm(lang, "authorAfterVerb");
  if (verbBefore?.test(foldSameLength(text.slice(Math.max(0, o.start - 40), o.start)))) return true;
  const far = Math.max(0, o.start - 130);
  const p = passiveAuthorBefore?.exec(foldSameLength(text.slice(far, o.start)));
  return !!p && !/\p{Lu}/u.test(text[far + p.index]);
}

/** A weak name (no organization cue) stays only as the lone candidate before the sentence's amount or facility, or
 * as the author an investing word names. */
function keepWeakNames(
  orgs: OrgMention[],
  money: Money[],
  facilities: FacilityMention[],
  text: string,
  lang: string | null,
  s: Sentence,
): OrgMention[] {
  if (!orgs.some((o) => o.weak)) return orgs;
  const strong = orgs.filter((o) => !o.weak || investmentAuthor(o, text, lang));
  // "Cdp … ha comprato le quote del 12,5%": the share bought anchors a purchase as an amount does
  const anchor = money[0]?.start ?? facilities[0]?.start ?? stakeBought(s) ?? Infinity;
  if (strong.some((o) => !o.person) || anchor === Infinity) return strong;
  const first = orgs.find(
    (o) => o.weak && !strong.includes(o) && o.end <= anchor && (o.name.includes(" ") || repeated(o.name, text)),
  );
  return first ? [...strong, first] : strong;
}

/** Folded name tokens without legal suffixes, like the scorer's normalization. */
const LEGAL = new Set([
  "ag",
  "gmbh",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "corp",
  "corporation",
  "co",
  "group",
  "holding",
  "holdings",
  "sa",
  "se",
  "plc",
  "llc",
  "nv",
  "bv",
  "spa",
  "kg",
  "kgaa",
  "ab",
  "asa",
  "oy",
  "oyj",
  "as",
  "pte",
  "pty",
  "srl",
  "sarl",
  "the",
  "and",
]);
export const nameTokens: (name: string) => readonly string[] = memoize(
  (name: string) =>
    fold(name)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .split(/\s+/)
      .filter((t) => t && !LEGAL.has(t)),
  50_000,
);
function isSub(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || a.length > b.length) return false;
  for (let i = 0; i + a.length <= b.length; i++) if (a.every((t, k) => b[i + k] === t)) return true;
  return false;
}
export function sameName(a: string, b: string): boolean {
  const x = nameTokens(a),
    y = nameTokens(b);
  return isSub(x, y) || isSub(y, x);
}

/**
 * A Map from names to values that also finds the first entry (in insertion order) with sameName()
 * as a given name by looking only at entries that share a name token with it: two names that are
 * sameName() always share one (the first token of the shorter). Comparing with every entry would
 * cost entries × lookups, which grows with the square of the article.
 */
export class NameMap<V> {
  private readonly entries = new Map<string, { order: number; value: V }>();
  private readonly byToken = new Map<string, string[]>();

  get size(): number {
    return this.entries.size;
  }

  get(name: string): V | undefined {
    return this.entries.get(name)?.value;
  }

  set(name: string, value: V): void {
    const hit = this.entries.get(name);
    if (hit) {
      hit.value = value;
      return;
    }
    this.entries.set(name, { order: this.entries.size, value });
    for (const t of new Set(nameTokens(name))) {
      const list = this.byToken.get(t);
      if (list) list.push(name);
      else this.byToken.set(t, [name]);
    }
  }

  /** The value of the earliest entry whose name is sameName() as `name`. */
  findSame(name: string): V | undefined {
    let best: { order: number; value: V } | undefined;
    for (const t of new Set(nameTokens(name))) {
      for (const k of this.byToken.get(t) ?? []) {
        const e = this.entries.get(k)!;
        if ((!best || e.order < best.order) && sameName(k, name)) best = e;
      }
    }
    return best?.value;
  }
}

/** Where a sentence names the share it buys or takes ("ha comprato le quote del 12,5%"), or null. */
function stakeBought(s: Sentence): number | null {
  if (!ACQ_OR_STAKE_RE.test(s.text)) return null;
  return findPercents(s.text, s.start)[0]?.start ?? null;
}
