/** Roles of the organizations and countries of one sentence: who invests, who is bought, whose home a country is. */
import { adjectiveCountry, lookupPlace, type CountryMention } from "./countries";
import type { SentenceInfo } from "./facts";
import { ACQUISITION_RE, JV_RE, STAKE_RE } from "./lexicon/cue-words";
import {
  ARTICLE_SOURCE,
  BASED_IN_SOURCE,
  BASED_SUFFIX_SOURCE,
  BY_SOURCE,
  clauseWords,
  FROM_SOURCE,
  INVESTOR_NOUN_SOURCE,
  LOC_PREPS,
  MARKET_SOURCE,
  PERSON_DESCRIPTOR_SOURCE,
  POSSESSIVE_SOURCE,
  SIDE_CLAUSE_RE,
  SOLD_SOURCE,
  SUBSIDIARY_OF_SOURCE,
  WITH_SOURCE,
} from "./lexicon/clause-words";
import { anyWordForm, forFoldedText, unionList, unionSource, wordForm } from "./lexicon/all";
import { ORG_DESCRIPTOR_HEADS } from "./lexicon/org-words";
import { allMatches, fold } from "./normalize";
import { LowerTest } from "./lower-test";
import { commonWordsOf } from "./lexicon/common-words";
import { isDescriptor, type OrgMention } from "./orgs";

export { LOC_PREPS };
export const DESCRIPTOR_AFTER_RE = new RegExp(
  `^\\s*(?:[\\p{L}-]+,?\\s+){0,5}?[\\p{L}-]*(?:${ORG_DESCRIPTOR_HEADS.join("|")})(?:n|en|s|es|e|er)?\\b`,
  "u",
);
// roleOf reads the words around a name through fold(), whose output holds none of accentTolerant's accented letters
// (NFKD strips them; ı, ø and ł are spelled out): its regexes are written with plain letters (forFoldedText), which V8
// scans several times faster than the accent classes, and match the same text.
/** "51% of", "il 100 per cento di", "90,9 % du capital de": a share of what follows is bought */
const PERCENT_OF_SOURCE = String.raw`(?:%|\b(?:${unionSource("percentWords")}))\s*(?:(?:${unionList("genitiveWords").join("|")})(?![\p{L}])|dell['’]|de l['’])`;
/** Cheap pre-check for ACQ_BEFORE_RE (which is anchored at the end and slow to fail). */
const ACQ_CUE_RE = new RegExp(
  forFoldedText(`${ACQUISITION_RE.source}|${STAKE_RE.source}|\\b(?:an|am|own|owns|owning)\\b|%|${PERCENT_OF_SOURCE}`),
  "u",
); // on folded text
const ACQ_BEFORE_RE = new RegExp(
  forFoldedText(
    `(?:(?:${ACQUISITION_RE.source}|${STAKE_RE.source}|\\bown(?:s|ing)?\\b|${PERCENT_OF_SOURCE})(?:[^,;]|(?<=\\d),(?=\\d)){0,80}|\\b(?:an|am)\\s+(?:\\S+\\s+){0,3})$`,
  ),
  "iu",
);
/** ", and Honda will …": a second clause with its own subject, in the article's language. */
export function newSubjectRe(lang: string | null): RegExp {
  return clauseWords(lang).newSubject;
}
export const INVESTOR_NOUN_AFTER_RE = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+){0,3}(?:${INVESTOR_NOUN_SOURCE})\b`,
  "u",
);

/** "Egyptian billionaire …", "der ägyptische Milliardär …": a person's home, never a target. */
const PERSON_DESC_AFTER_RE = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+)?(?:${PERSON_DESCRIPTOR_SOURCE})\b`, "iu");
const PERSON_DESC_AFTER = new LowerTest(PERSON_DESC_AFTER_RE);
const SOLD_AFTER_RE = new RegExp(forFoldedText(String.raw`^[^.;]{0,40}?\b(?:${SOLD_SOURCE})\b`), "u");
/** "ceduta al gruppo cinese", "sold to", "nelle mani dei giapponesi di", "acquisita dal fondo": the name after them buys */
const BUYER_AFTER_RE = new RegExp(
  forFoldedText(
    String.raw`(?:^|\s)(?:${unionSource("buyerAfterWords")})\s+(?:(?:${ARTICLE_SOURCE})\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  ),
  "u",
);
const BY_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`(?:^|\s)(?:${BY_SOURCE})\s+(?:(?:${ARTICLE_SOURCE})\s+)?(?:[\p{L}-]+\s+){0,3}$`),
  "u",
);
const FROM_BEFORE_RE = new RegExp(forFoldedText(String.raw`(?:^|\s)(?:${FROM_SOURCE})\s+(?:[\p{L}-]+\s+){0,2}$`), "u");
const PURCHASE_OF_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`(?:${ACQUISITION_RE.source})[\p{L}]*\s+(?:${FROM_SOURCE})\s+(?:[\p{L}-]+\s+){0,2}$`),
  "u",
);
const PARENT_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`(?:${SUBSIDIARY_OF_SOURCE})\s+(?:[\p{L}'’-]+\s+){0,3}$`),
  "u",
);
const WITH_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`(?:^|\s)(?:${WITH_SOURCE})\s+(?:(?:${ARTICLE_SOURCE})\s+)?(?:[\p{L}-]+\s+){0,3}$`),
  "u",
);
const POSSESSIVE_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`(?:^|\s)(?:${POSSESSIVE_SOURCE})\s+(?:[\p{L}-]+\s+)?$`),
  "u",
);
const BASED_AFTER_RE = new RegExp(String.raw`^\s*-?(?:${BASED_SUFFIX_SOURCE})|^['’]s\b|^['’](?=\s)`, "u");
/** "iron and steel giant from South Korea, POSCO", "Acme, a chipmaker from Taiwan,": a descriptor's origin */
const DESCRIPTOR_FROM_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`([\p{L}-]+)\s+(?:${FROM_SOURCE})\s+(?:the\s+)?$`),
  "u",
);
const BASED_IN_BEFORE_RE = new RegExp(String.raw`(?:${BASED_IN_SOURCE})\s*(?:[\p{L},]+\s+){0,2}$`, "u");
const UNIT_OF_BEFORE_RE = new RegExp(
  forFoldedText(
    String.raw`\b(?:${unionSource("unitOfWords")}) (?:${unionSource("genitiveWords")})\s+(?:[\p{L}-]+\s+)?$`,
  ),
  "u",
);
const PASSIVE_CUE_RE = new RegExp(forFoldedText(unionSource("passiveCueWords")), "u");
const DESCRIPTOR_BEFORE_ADJ_RE = new RegExp(
  String.raw`(?:${unionSource("descriptorsBeforeAdjective")})(?:e?s)?\s+(?:[\p{L}']+\s+){0,2}$`,
  "u",
);
const LEGAL_FORMS = new Set(unionList("orgSuffixes").map((w) => fold(w)));
/** Only legal forms and their dots and commas (", Ltd.", " S.A."), or nothing. */
function legalFormsOnly(folded: string): boolean {
  return folded
    .split(/[\s.,]+/)
    .filter(Boolean)
    .every((w) => LEGAL_FORMS.has(w));
}
const OF_GAP_RE = new RegExp(String.raw`^\s*(?:${unionSource("ofWords")}|\()\s*$`, "u");
/** "Newmont Mining, de EE. UU., que …", "Acme, from the US, will …": the firm's origin set off by commas */
const OF_APPOSITION_RE = new RegExp(
  String.raw`^\s*,\s*(?:${unionSource("ofWords")})\s+(?:(?:${unionList("articles").join("|")})\s+)?$`,
  "u",
);
const MARKET_LEAD_RE = new RegExp(String.raw`(?:${MARKET_SOURCE})\w*\s+(?:\S+\s+){0,2}$`, "u");

export type Role = "agent" | "object" | "seller" | "partner" | "parent" | "example" | "place" | "plain";

/** "according to Yomiuri, Nikkan Kogyo and Kyodo", "laut Handelsblatt": the source of a report, not an actor. */
const SOURCE_BEFORE_RE = new RegExp(
  forFoldedText(
    String.raw`(?:^|\s)(?:${unionSource("sourceCreditWords")})\s+(?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+,\s+){0,3}(?:(?:${unionSource("andWords")}|${unionList("ownAndWords").join("|")})\s+)?$`,
  ),
  "u",
);

/** "advised by X", "escritórios de advogados X", "financiamento da parte di BNP Paribas, Natixis e Y": advisers, lenders and
 * analysts, not investors (a short list of names may follow the word) */
const ADVISER_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`(?:^|[\s-])(?:${unionSource("adviserWords")})\s+(?:[\p{L}&-]+[\s,]+){0,6}$`),
  "u",
);

/** "platforms such as X", "tels que X", "zoals X": names given as examples (customers, peers), not as actors. */
const EXAMPLE_BEFORE_RE = new RegExp(
  forFoldedText(String.raw`(?:^|\s)(?:${unionSource("exampleWords")})\s+(?:[\p{L}-]+\s+){0,1}$`),
  "u",
);

/** "Roivant … hat 200 Millionen Franken eingesammelt", "X raised $50m": the firm that raises money receives it. */
const RAISED_AFTER_RE = new RegExp(
  forFoldedText(String.raw`^[^.;:]{0,100}?(?:^|\s)(?:${unionSource("raisedWords")})`),
  "u",
);

/** "Daimler erhielt beispielsweise 500 Millionen Euro", "Renault recibe 58,4 millones": the firm receives the money the
 * figure right after the verb names (a grant, a subsidy, a payment; at most three words between them: "received approval
 * to build a $1 billion plant" is no money received) */
const RECEIVED_AFTER_RE = new RegExp(
  forFoldedText(
    String.raw`^[^.;:]{0,60}?(?:^|\s)(?:${unionSource("receivedWords")})\s+(?:[^\s.;:\d]+\s+){0,3}?(?:[$€£]\s?)?\d`,
  ),
  "u",
);

const JV_VEHICLE_BEFORE_RE = new RegExp(
  forFoldedText(
    String.raw`(?:${JV_RE.source})(?:\s+[\p{L}-]+)?,?\s+(?:${unionSource("namedWords")})\s+(?:(?:${ARTICLE_SOURCE})\s+)?["„“«]?$`,
  ),
  "u",
);
/** the firm bought, in the accusative before a verb of buying ("Omsan’ı satın aldı"), in any text */
const BOUGHT_AFTER_RE = anyWordForm("boughtAfterName");

/** Examples before "gibi" are whom something is done to or with when a noun in the dative or instrumental follows
 * within four words; with a nominative noun they are the subject ("Axalta, Meeza gibi birçok dünya devi yatırım
 * kararını açıkladı"). */
function turkishExamples(after: string): boolean {
  const m = wordForm("tr", "examplesAfterNames")?.exec(after);
  if (!m) return false;
  const common = commonWordsOf("tr");
  return m[1]
    .trim()
    .split(/\s+/)
    .some((w) => {
      const f = fold(w);
      return !!wordForm("tr", "obliqueNoun")?.test(f) && !common.has(f);
    });
}

export function roleOf(text: string, base: number, o: OrgMention, lang: string | null = null): Role {
  const before = fold(text.slice(Math.max(0, o.start - base - 100), o.start - base));
  const near = before.slice(-28);
  const afterO = fold(text.slice(o.end - base, o.end - base + 60));
  // "ABD'li Coca Cola'ya satıldı", "JDE grubuna … satıldı": Turkish names the buyer in the dative before the verb
  if (wordForm(lang, "buyerAfterName")?.test(afterO)) return "agent";
  if (SOLD_AFTER_RE.test(afterO)) return "seller";
  if (BUYER_AFTER_RE.test(before.slice(-80))) return "agent";
  // "verkaufte Rewe alle 86 Filialen an den Händler Carrefour", "sold its plant to Acme": the name after "to" buys
  // (the sale's verb may stand further back than the other cues: "verkocht de … biergigant zijn Australische dochter CUB
  // voor 10 miljard euro aan het Japanse Asahi")
  if (wordForm(lang, "buyerAfterSaleGap")?.test(fold(text.slice(Math.max(0, o.start - base - 170), o.start - base))))
    return "agent";
  if (wordForm(lang, "subjectAfterPurchaseVerb")?.test(before)) return "agent";
  if (RAISED_AFTER_RE.test(fold(text.slice(o.end - base, o.end - base + 110)))) return "object";
  if (RECEIVED_AFTER_RE.test(fold(text.slice(o.end - base, o.end - base + 110)))) return "object";
  // "a joint-venture company called IONWAY": the vehicle the partners create, not one of them
  if (JV_VEHICLE_BEFORE_RE.test(before.slice(-60))) return "object";
  // Turkish puts the bought firm, in the accusative, before the verb: "Omsan’ı satın aldı", "Arkel'i satın alması"
  if (BOUGHT_AFTER_RE?.test(afterO)) return "object";
  if (lang === "tr") {
    if (turkishExamples(text.slice(o.end - base, o.end - base + 200))) return "example";
    // "hisselerin Moonlight Capital S.A. tarafından devralınması": the agent stands before "tarafından" (by)
    if (wordForm(lang, "agentAfterName")?.test(afterO)) return "agent";
    // "Acme'nin yüzde 30 hissesi", "Acme'nin sermayesinin": the genitive owner of the shares is the firm whose stake is
    // bought or sold, not an investor
    if (wordForm(lang, "stakeOwnerAfterName")?.test(afterO)) return "object";
    // "Koç Holding'den devralınması": the ablative names whom a stake is bought from
    if (
      wordForm(lang, "sourceAfterName")?.test(afterO) &&
      ACQ_CUE_RE.test(fold(text.slice(o.end - base, o.end - base + 80)))
    )
      return "seller";
    // "hissesini satın alarak başlayan Toyo Ink", "yatırım yapan X": an active participle right before the name makes
    // it the subject of that clause ("satın alınan X", passive, is the firm bought)
    const w = /([\p{L}]+)\s+$/u.exec(before)?.[1] ?? "";
    if (wordForm(lang, "activeParticiple")?.test(w) && !wordForm(lang, "passiveParticiple")?.test(w) && w.length > 3)
      return "plain";
  }
  if (SOURCE_BEFORE_RE.test(before.slice(-60))) return "example";
  if (ADVISER_BEFORE_RE.test(before.slice(-70)) && !/[.;:]/.test(before.slice(-70))) return "example";
  if (EXAMPLE_BEFORE_RE.test(before.slice(-40))) return "example";
  if (UNIT_OF_BEFORE_RE.test(before)) return "object";
  if (PASSIVE_CUE_RE.test(before) && BY_BEFORE_RE.test(before)) return "agent";
  // "a compra da empresa italiana Intercap": after a purchase noun, Portuguese/Spanish "da/de" mark what is bought
  // a seller only where something is bought or a stake taken ("é da responsabilidade da empresa X" names the investor)
  if (
    FROM_BEFORE_RE.test(near) &&
    !/\bvon\s+$/.test(near) &&
    !PURCHASE_OF_BEFORE_RE.test(before) &&
    ACQ_CUE_RE.test(before)
  )
    return "seller";
  if (PARENT_BEFORE_RE.test(near)) return "parent";
  // "spółka z grupy Acme": "from" and a group's noun in the genitive name the group a firm belongs to, no partner
  if (wordForm(lang, "groupOfBeforeName")?.test(near)) return "plain";
  if (WITH_BEFORE_RE.test(near)) return "partner";
  // verb-final German: "… an der Bank X und der Y beteiligt"
  if (/\ban (?:der|dem|den)\b[^,;]{0,60}$/.test(before) && /^[^.;]{0,80}beteilig/.test(afterO)) return "object";
  const acq = ACQ_CUE_RE.test(before) ? ACQ_BEFORE_RE.exec(before) : null;
  if (acq && !newSubjectRe(lang).test(text.slice(o.start - base - (before.length - acq.index), o.end - base + 40)))
    return "object";
  if (POSSESSIVE_BEFORE_RE.test(near)) return "object";
  // "przedsiębiorców w Nowej Soli", "300 people in Tamil Nadu Industrial Park": a name right after the language's "in"
  // is where something is ("in Tesla's plant" names the plant's owner)
  const prev = /(?:^|[^\p{L}])(\p{L}+)\s+$/u.exec(near)?.[1];
  if (prev && clauseWords(lang).inWords.has(prev) && !/^['’]s?(?![\p{L}])/u.test(afterO)) return "place";
  return "plain";
}

/** Case suffixes on a country's name (Turkish): dative or locative ("Romanya'ya", "Türkiye'de") say where, the genitive
 * ("Türkiye'nin en büyük …", Turkey's largest) describes. */
const TO_IN_AFTER_RE = anyWordForm("toOrInAfterPlace");
const OF_AFTER_RE = anyWordForm("ofAfterPlace");

/** "Türkiye'nin en büyük …": a Turkish country name in the genitive. */
export function genitiveCountry(m: CountryMention): boolean {
  return !!OF_AFTER_RE?.test(m.after) && !TO_IN_AFTER_RE?.test(m.after);
}

/** A country named with a preposition or case suffix of place ("in Poland", "Romanya'ya"). */
export function placedCountry(m: CountryMention): boolean {
  return LOC_PREPS.has(m.prev) || !!TO_IN_AFTER_RE?.test(m.after);
}

export function countryScore(m: CountryMention): number {
  const base = m.kind === "adjective" ? 1 : 2;
  return base + (placedCountry(m) ? 1 : 0) - (genitiveCountry(m) ? 1 : 0);
}

/** Country mentions that describe an organization's home ("chinesische Alibaba", "UK-based", "of Malaysia"). */
const HOME_CACHE = new WeakMap<SentenceInfo, Map<CountryMention, OrgMention>>();

export function homeMentions(info: SentenceInfo): Map<CountryMention, OrgMention> {
  let hit = HOME_CACHE.get(info);
  if (!hit) {
    hit = homeMentionsRaw(info);
    HOME_CACHE.set(info, hit);
  }
  return hit;
}

function homeMentionsRaw(info: SentenceInfo): Map<CountryMention, OrgMention> {
  const out = new Map<CountryMention, OrgMention>();
  const text = info.s.text,
    base = info.s.start;
  for (const c of info.countries) {
    const blank: OrgMention = {
      name: "",
      start: c.start,
      end: c.end,
      person: false,
      strong: false,
      parent: null,
      initial: false,
    };
    if (BASED_AFTER_RE.test(c.after)) {
      const o = info.orgs.find(
        (x) => x.start >= c.end && x.start - c.end < 30 && !/[,;]/.test(text.slice(c.end - base, x.start - base)),
      );
      if (o) {
        out.set(c, o);
        continue;
      }
      if (!/^['’]s\b|^['’](?=\s)/.test(c.after)) {
        out.set(c, blank);
        continue;
      }
    }
    const owner = info.orgs.find((o) => attaches(text, base, c, o));
    if (owner) {
      out.set(c, owner);
      continue;
    }
    const beforeC = fold(text.slice(Math.max(0, c.start - base - 40), c.start - base));
    if (BASED_IN_BEFORE_RE.test(beforeC)) {
      out.set(c, blank);
      continue;
    }
    const from = DESCRIPTOR_FROM_BEFORE_RE.exec(beforeC);
    if (from && isDescriptor(from[1])) {
      out.set(c, blank);
      continue;
    }
    if (c.kind !== "adjective") continue;
    if (
      DESCRIPTOR_BEFORE_ADJ_RE.test(beforeC) ||
      DESCRIPTOR_AFTER_RE.test(c.after) ||
      INVESTOR_NOUN_AFTER_RE.test(c.after) ||
      PERSON_DESC_AFTER.test(c.after)
    )
      out.set(c, blank);
  }
  return out;
}

/** Does the country mention describe this organization ("chinesische … Alibaba", "Edotco Group of Malaysia")? */
const PEOPLE_ARTICLE_RE = anyWordForm("peopleArticle");
/** A country's adjective used as a plural noun for its people, after its article ("i cinesi", "ai francesi"). */
function peopleNoun(text: string, base: number, c: CountryMention): boolean {
  const prev = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, c.start - base - 12), c.start - base))?.[1];
  return prev !== undefined && !!PEOPLE_ARTICLE_RE?.test(fold(prev));
}

function attaches(text: string, base: number, c: CountryMention, o: OrgMention): boolean {
  if (o.start >= c.end && o.start - c.end < 45) {
    // "U.S. pharmaceutical …": the abbreviation's last dot is no boundary
    const gap = text
      .slice(c.end - base, o.start - base)
      .replace(/^\.(?=\s)/, /\p{Lu}\.\p{Lu}$/u.test(c.text) ? "" : ".");
    if (/[,.;:()]/.test(gap)) return false;
    // "U.S. pharmaceutical multinational Baxter": a country name used as an adjective before a descriptor
    if (c.kind !== "adjective") {
      if (/^\s*$/.test(gap)) return true;
      const w = gap.trim().split(/\s+/);
      return w.length <= 3 && isDescriptor(w[w.length - 1]);
    }
    const words = gap.trim() ? gap.trim().split(/\s+/) : [];
    if (words.length > 4) return false;
    const last = words[words.length - 1];
    if (!last || /^\p{Lu}/u.test(last) || isDescriptor(last)) return true;
    // "i cinesi di Shanghai Electric", "ai francesi di Ardian": a country's people "of" a firm name the firm's home
    if (words.length === 1 && OF_GAP_RE.test(fold(gap)) && peopleNoun(text, base, c)) return true;
    // "niemieckiego producenta tramwajów HeiterBlick", "il produttore tedesco di tram HeiterBlick": a descriptor
    // with its lower-case complement between the adjective (or before it) and the name
    const prevWord = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, c.start - base - 30), c.start - base))?.[1];
    return (
      words.every((w) => !/\p{Lu}/u.test(w)) &&
      (words.slice(0, -1).some((w) => isDescriptor(w)) || (prevWord !== undefined && isDescriptor(prevWord)))
    );
  }
  if (c.start >= o.end) {
    const gap = text.slice(o.end - base, c.start - base);
    if (OF_GAP_RE.test(fold(gap)) && !(c.kind === "city" && /\(\s*$/.test(gap))) return true;
    // "Goertek Co., Ltd. (Hongkong)": the legal form the name left out, then the origin in brackets
    // (a town in brackets is where the site is: "investimentos da X (Trofa), da Y (Maia)")
    if (/\(\s*$/.test(gap) && c.kind !== "city" && legalFormsOnly(fold(gap).replace(/\(\s*$/, ""))) return true;
    if (OF_APPOSITION_RE.test(fold(gap)) && /^\.?\s*[,)]/.test(c.after)) return true;
    // "Cromwell, il fondo di investimento australiano", "Cummins, an American engine maker": an apposition
    const appos = /^\s*,\s*((?:[\p{L}'’-]+\s+){1,5})$/u.exec(gap);
    return (
      appos !== null &&
      c.kind === "adjective" &&
      (appos[1]
        .trim()
        .split(/\s+/)
        .some((w) => isDescriptor(w)) ||
        DESCRIPTOR_AFTER_RE.test(c.after))
    );
  }
  return false;
}

/** Country names given as a list ("Spain, Italy and Poland"): one record each. */
/** A location preposition (and an article) ending a list's gap: ", en ", " and in ", " e nel ". */
const PREPOSITION_TAIL_RE = new RegExp(
  String.raw`\s(?:${unionSource("locationPrepositions")})(?:\s+(?:${unionSource("articles")}))?\s*$`,
  "iu",
);

export function countryList(
  text: string,
  base: number,
  targets: CountryMention[],
  proposed: () => boolean,
  lang: string | null = null,
): CountryMention[] {
  const listGap = clauseWords(lang).listGap;
  // (each country may repeat its preposition: "au Tchad, en Angola et en Guinée", "in Japan and in Vietnam")
  const gap = { test: (g: string) => listGap.test(g) || listGap.test(g.replace(PREPOSITION_TAIL_RE, " ")) };
  const names = targets.filter((c) => c.kind === "name").sort((a, b) => a.start - b.start);
  let best: CountryMention[] = [];
  let run: CountryMention[] = [];
  for (const c of names) {
    const prev = run[run.length - 1];
    if (prev && gap.test(text.slice(prev.end - base, c.start - base))) run.push(c);
    else run = [c];
    if (run.length > best.length) best = [...run];
  }
  if (new Set(best.map((c) => c.code)).size < 2) return [];
  const lead = fold(text.slice(Math.max(0, best[0].start - base - 30), best[0].start - base));
  if (MARKET_LEAD_RE.test(lead)) return [];
  return proposed() || placedCountry(best[0]) ? best : [];
}

/** "Qatar Investment Authority", "Saudi Electricity Company": a country word opening the name. */
export function nameCountry(name: string): string | null {
  const first = name.split(/\s+/)[0] ?? "";
  if (name.split(/\s+/).length < 2) return null;
  const p = lookupPlace(first);
  return p?.kind === "name" ? p.code : adjectiveCountry(first);
}

export function sameClause(text: string, a: number, b: number, lang: string | null = null): boolean {
  const lo = Math.min(a, b),
    hi = Math.max(a, b);
  return !clauseWords(lang).clauseBreak.test(text.slice(lo, hi));
}

export function clauseAround(text: string, at: number): string {
  let start = 0,
    end = text.length;
  for (const m of allMatches(SIDE_CLAUSE_RE, text)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length;
    else {
      end = i;
      break;
    }
  }
  return text.slice(start, end);
}
