/**
 * Mentions stage: every sentence's organizations, people, places, amounts, dates, percents and
 * facilities (facts.ts analyzeSentence). Organizations are found in two passes: the first learns the
 * article's names (acronyms, known firms, strong names, parents), the second re-reads a sentence only
 * where a name learned later in the article occurs in it.
 */
import { analyzeSentence, type SentenceInfo } from "../facts";
import { lexiconFor, unionList } from "../lexicon/all";
import { clauseWords } from "../lexicon/clause-words";
import { PARTNER_CONTEXT_RE } from "../lexicon/context-words";
import { NAME_STOPWORDS, NOT_ORG_WORDS } from "../lexicon/org-words";
import { adjectiveCountry, findCountries, lookupPlace, placeTwins, type CountryMention } from "../countries";
import {
  findAcronyms,
  findPersons,
  germanCommonNouns,
  lowerCaseNames,
  nonOrgAcronyms,
  openerCommonWords,
  polishNominative,
} from "../names";
import { findOrgs, odd, trustedName, type OrgMention } from "../orgs";
import { knownOrgsIn } from "../known-orgs";
import { KnownLog } from "../known-log";
import { LowerTest } from "../lower-test";
import { allMatches, fold, foldSameLength } from "../normalize";
import { SubstringMatcher } from "../substrings";
import type { Sentence } from "../text";

export type Mentions = {
  /** one per sentence, in order */
  infos: SentenceInfo[];
  /** an acronym's long form ("KIA" → "Kuwait Investment Authority"), else the name itself */
  canonical: (name: string) => string;
};

export function findMentions(text: string, sents: Sentence[], lang: string | null, published: string | null): Mentions {
  const acronyms = findAcronyms(text, lang);
  const known = new Set<string>();
  const persons = findPersons(text);
  for (const a of nonOrgAcronyms(text)) persons.add(a);
  const commonNouns = lang === "de" ? germanCommonNouns(text) : openerCommonWords(text);
  const listAnd = clauseWords(lang).listAnd;
  const lowerNames = lang === "de" ? lowerCaseNames(text) : undefined;
  for (const [a, long] of acronyms) {
    known.add(fold(a));
    known.add(fold(long));
  }
  for (const name of knownOrgsIn(text)) if (!persons.has(fold(name))) known.add(fold(name));
  // Polish cases of a known firm's one-word name ("zakładu Intela", "z Toyotą") are that firm
  if (lang === "pl")
    for (const w of new Set(text.match(/(?<![\p{L}\d])\p{Lu}\p{Ll}{2,}(?![\p{L}\d])/gu) ?? [])) {
      const base = polishNominative(w, "");
      if (base !== w && !persons.has(fold(base))) known.add(fold(w));
    }
  // names known before the article's own capitals are read: the known firms and the acronyms the text defines
  const trusted = new Set(known);
  // findOrgs' own mentions and what it asked about the known names, per sentence (for the second pass)
  const firstRun: { orgs: OrgMention[]; log: KnownLog }[] = [];
  const pass1 = sents.map((s) => {
    const log = new KnownLog(known);
    const own = findOrgs(s.text, s.start, lang, log, persons, commonNouns, lowerNames);
    firstRun.push({ orgs: own, log });
    const orgs = pluralListed(
      s.text,
      s.start,
      withCoordinated(s.text, s.start, own, persons, commonNouns, listAnd),
      lang,
    );
    // a title-case headline's capitals teach no names ("Sovereign Wealth Fund Weekly News Roundup")
    const titled = lang !== "de" && s.headline && titleCase(s.text);
    for (const o of orgs) {
      if (o.strong && !o.person && !titled) known.add(fold(o.name));
      if (o.parent) known.add(fold(o.parent));
    }
    return orgs;
  });
  for (const p of persons) known.delete(p);
  // "Hidier" after "Hidier Power Group": the first word of a known multi-word name
  for (const k of [...known]) {
    const first = k.split(" ")[0];
    if (k.includes(" ") && first.length > 3 && !first.includes("*")) known.add(`${first} *`);
  }
  // the first pass is final unless a name learned later in the article occurs in the sentence
  // (one automaton over all known names, not a scan per name and sentence)
  // the countries of each sentence, kept: the article's countries are gathered from them when a rule asks (one
  // more pass over a long article's text cost as much as all its sentences' own)
  const rawCountries = new Map<number, CountryMention[]>();
  const rawIn = (s: Sentence): CountryMention[] => {
    let c = rawCountries.get(s.start);
    if (!c) rawCountries.set(s.start, (c = findCountries(s.text, s.start)));
    return c;
  };
  // the countries the article names by name or adjective (not through a town)
  let byName: Set<string> | null = null;
  const namedByName = () =>
    (byName ??= new Set(
      sents.flatMap((s) =>
        rawIn(s)
          .filter((c) => c.kind !== "city")
          .map((c) => c.code),
      ),
    ));
  // "na região da Grande Vitória" in a Brazilian article: a town whose name another country's town also bears is in
  // the country the article names, when it names that one and not the gazetteer's
  // the countries of the article's towns that no other country's town names
  let byTown: Set<string> | null = null;
  const namedByTown = () =>
    (byTown ??= new Set(
      sents.flatMap((s) =>
        rawIn(s)
          .filter((c) => c.kind === "city" && !placeTwins(c.text).length)
          .map((c) => c.code),
      ),
    ));
  const twinOf = (c: CountryMention): CountryMention => {
    if (c.kind !== "city" || !placeTwins(c.text).length || namedByName().has(c.code)) return c;
    const named = placeTwins(c.text).filter((code) => namedByName().has(code));
    if (named.length === 1) return { ...c, code: named[0] };
    // ("Los Ángeles" in an article about the Biobío that names no country: the twin of the article's other towns)
    if (named.length || namedByTown().has(c.code)) return c;
    const towns = placeTwins(c.text).filter((code) => namedByTown().has(code));
    return towns.length === 1 ? { ...c, code: towns[0] } : c;
  };
  const sentenceCountries = new Map<number, CountryMention[]>();
  const countriesIn = (s: Sentence): CountryMention[] => {
    let c = sentenceCountries.get(s.start);
    if (!c) sentenceCountries.set(s.start, (c = rawIn(s).map(twinOf)));
    return c;
  };
  let named: Set<string> | null = null;
  const articleCountries = () => (named ??= new Set(sents.flatMap((s) => countriesIn(s).map((c) => c.code))));
  const lex = { known, persons, commonNouns, lowerNames, text, countriesIn, articleCountries };
  const knownWords = new SubstringMatcher([...known].map((k) => k.replace(/ \*$/, "")));
  const infos = sents.map((s, i) => {
    const f = fold(s.text);
    const found = new Set(pass1[i].map((o) => fold(o.name)));
    const rerun = knownWords.some(f, (k) => !found.has(k));
    // a rerun whose questions about known names get the same answers would find the same mentions
    const again = rerun && firstRun[i].log.sameAnswers(known) ? firstRun[i].orgs : undefined;
    const orgs = rerun
      ? pluralListed(
          s.text,
          s.start,
          again ?? findOrgs(s.text, s.start, lang, known, persons, commonNouns, lowerNames),
          lang,
        )
      : pass1[i];
    return analyzeSentence(s, lang, published, lex, orgs);
  });
  // (the infos are this call's own: changed in place, which leaves their lazy dates unread)
  const places = placesNamed(text);
  if (places.size)
    for (const info of infos)
      if (info.orgs.some((o) => places.has(fold(o.name))))
        info.orgs = info.orgs.filter((o) => !places.has(fold(o.name)));
  oneCongo(infos);
  carryFragmentAmounts(infos);
  if (lang !== "de") dropTitleCaseNames(infos, text, trusted);
  if (lang !== "pl") return { infos, canonical: (n: string) => acronyms.get(n) ?? n };
  const nominative = new Map<string, string>();
  const canonical = (n: string): string => {
    const a = acronyms.get(n);
    if (a !== undefined) return a;
    let base = nominative.get(n);
    if (base === undefined) nominative.set(n, (base = polishNominative(n, text)));
    return base;
  };
  return { infos, canonical };
}

const PLACE_NOUN_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${unionList("placeNounsBefore").join("|")})\s+`,
  "gu",
);
const PLACE_NOUNS_AFTER = unionList("placeNounsAfter");
const PLACE_NOUN_AFTER_RE = new RegExp(String.raw`\s+(?:${PLACE_NOUNS_AFTER.join("|")})(?![\p{L}])`, "gu");
const NAME_AFTER_RE = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;
const NAME_BEFORE_RE = /(?<![\p{L}])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})$/u;

/**
 * "O distrito da Moamba", "De provincie Limburg", "Ben Luc district": names the article itself calls a district,
 * province, town or municipality are places there, never firms (folded).
 */
export function placesNamed(text: string): Set<string> {
  const out = new Set<string>();
  const folded = foldSameLength(text);
  for (const m of allMatches(PLACE_NOUN_BEFORE_RE, folded)) {
    const at = (m.index ?? 0) + m[0].length;
    const name = NAME_AFTER_RE.exec(text.slice(at, at + 60));
    if (name) out.add(fold(name[1]));
  }
  if (PLACE_NOUNS_AFTER.length)
    for (const m of allMatches(PLACE_NOUN_AFTER_RE, folded)) {
      const at = m.index ?? 0;
      const name = NAME_BEFORE_RE.exec(text.slice(Math.max(0, at - 60), at));
      if (name) out.add(fold(name[1]));
    }
  return out;
}

const BARE_CONGO = new Set(["congo", "kongo"]);
const isCongo = (c: CountryMention) => c.code === "CD" || c.code === "CG";

/**
 * A bare "Congo" (English and French read it as the Republic, German as the Democratic Republic) is the Congo the
 * article names in full elsewhere ("the Democratic Republic of Congo", "DRC", "Congo-Brazzaville"), when it names
 * only one of the two. Changes the infos' country mentions in place.
 */
export function oneCongo(infos: SentenceInfo[]): void {
  const named = new Set<string>();
  const bare: CountryMention[] = [];
  for (const info of infos)
    for (const c of info.countries.filter(isCongo)) {
      if (BARE_CONGO.has(fold(c.text))) bare.push(c);
      else named.add(c.code);
    }
  if (!bare.length || named.size !== 1) return;
  const [code] = named;
  for (const info of infos)
    if (info.countries.some((c) => bare.includes(c) && c.code !== code))
      info.countries = info.countries.map((c) => (bare.includes(c) ? { ...c, code } : c));
}

// the cue regex runs case-sensitively on the lower-cased sentence (lower-test.ts)
const PARTNER_CONTEXT = new LowerTest(PARTNER_CONTEXT_RE);

const LIST_RES = new Map<string, [RegExp, RegExp]>();
const ARTICLES_ALT = unionList("articles").join("|");
function listRes(listAnd: string): [RegExp, RegExp] {
  let hit = LIST_RES.get(listAnd);
  if (!hit) {
    // after "and", an article and at most two lower-case words may describe the next name ("Agrolog et le groupe
    // chinois CRCC", "XTC et le français Orano")
    const described = String.raw`(?:(?:${ARTICLES_ALT})\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,2})`;
    hit = [
      new RegExp(String.raw`(\p{Lu}[\p{L}\d&-]+)(?:,\s*|\s+(?:${listAnd})\s+${described}?)$`, "u"),
      new RegExp(String.raw`^(?:,\s*|\s+(?:${listAnd})\s+${described}?)(\p{Lu}[\p{L}\d&-]+)(?![\p{L}\d])`, "u"),
    ];
    LIST_RES.set(listAnd, hit);
  }
  return hit;
}

type PluralRes = { any: RegExp; before: RegExp; after: RegExp; gap: RegExp };
const PLURAL_RES = new Map<string, PluralRes>();
function pluralRes(lang: string | null): PluralRes {
  const lex = lexiconFor(lang);
  let hit = PLURAL_RES.get(lex?.lang ?? "");
  if (!hit) {
    const words = unionList("pluralFirmWords", lex ? [lex] : undefined).join("|");
    const { listAnd } = clauseWords(lang);
    const articles = unionList("articles", lex ? [lex] : undefined).join("|");
    hit = {
      any: new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])`, "u"),
      // "the four companies are", "trois entreprises algériennes,": the plural and at most two words before the list
      before: new RegExp(String.raw`(?<![\p{L}])(?:${words})(?:\s+[\p{L}\d'’-]+){0,2}\s*[:,]?\s*$`, "u"),
      after: new RegExp(String.raw`^\s+(?:${words})(?![\p{L}])`, "u"),
      // ", ", " and ", ", and the Spanish ", a home in brackets before it ("Ukrainit (Ukraine), …")
      gap: new RegExp(
        String.raw`^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:(?:${listAnd})\s+)?|(?:${listAnd})\s+)(?:(?:${articles})\s+(?:\p{L}+\s+)?)?$`,
        "u",
      ),
    };
    PLURAL_RES.set(lex?.lang ?? "", hit);
  }
  return hit;
}

/**
 * "les groupes Teylieum et Azalaïl", "The four companies are Green Diamond, CGCOC Group and Zhende Medical", "Barilla
 * ve Nissin şirketleri": a list of two names or more that a plural of "company" introduces (or, in Turkish, closes)
 * is a list of firms, each trusted as one whether or not a cue of its own stands by it.
 */
export function pluralListed(text: string, base: number, orgs: OrgMention[], lang: string | null): OrgMention[] {
  const firms = orgs.filter((o) => !o.person);
  if (firms.length < 2) return orgs;
  const re = pluralRes(lang);
  const folded = foldSameLength(text);
  if (!re.any.test(folded)) return orgs;
  const trusted = new Set<OrgMention>();
  for (let i = 0; i < firms.length; i++) {
    let j = i;
    while (j + 1 < firms.length && re.gap.test(folded.slice(firms[j].end - base, firms[j + 1].start - base))) j++;
    if (j === i) continue;
    const from = i > 0 ? firms[i - 1].end - base : 0;
    const opens = re.before.test(folded.slice(Math.max(from, firms[i].start - base - 60), firms[i].start - base));
    if (opens || re.after.test(folded.slice(firms[j].end - base, firms[j].end - base + 30)))
      for (let k = i; k <= j; k++) trusted.add(firms[k]);
    i = j;
  }
  if (!trusted.size) return orgs;
  return orgs.map((o) =>
    trusted.has(o) && (o.weak || o.verbOnly) ? { ...o, weak: false, verbOnly: false, strong: true } : o,
  );
}

/** "gemeinsam mit Bosch, Infineon und NXP": unknown names coordinated with a known firm in a partner context are firms too. */
function withCoordinated(
  text: string,
  base: number,
  orgs: OrgMention[],
  persons: Set<string>,
  commonNouns: Set<string>,
  listAnd: string,
): OrgMention[] {
  const [LIST_LEFT_RE, LIST_RIGHT_RE] = listRes(listAnd);
  const firms = orgs.filter((o) => !o.person);
  if (!firms.length || !PARTNER_CONTEXT.test(text)) return orgs;
  const out = [...orgs];
  const ok = (name: string, at: number) => {
    const f = fold(name);
    return (
      name.length > 1 &&
      !lookupPlace(name) &&
      !adjectiveCountry(name) &&
      !persons.has(f) &&
      !commonNouns.has(f) &&
      !NOT_ORG_WORDS.has(f) &&
      !NAME_STOPWORDS.has(f) &&
      !out.some((o) => o.start <= base + at && o.end > base + at && !(o.weak && !o.person && o.name === name))
    );
  };
  // (a bare name found there already, too weak to stand alone, becomes a firm)
  let changed = false;
  const add = (name: string, at: number) => {
    const k = out.findIndex((o) => o.start === base + at && o.name === name);
    if (k >= 0) out.splice(k, 1);
    out.push(trustedName(name, base + at));
    changed = true;
  };
  for (const o of firms) {
    let left = text.slice(0, o.start - base);
    for (let n = 0; n < 5; n++) {
      const m = LIST_LEFT_RE.exec(left);
      if (!m || !ok(m[1], m.index)) break;
      add(m[1], m.index);
      left = left.slice(0, m.index);
    }
    let from = o.end - base;
    for (let n = 0; n < 5; n++) {
      const m = LIST_RIGHT_RE.exec(text.slice(from));
      if (!m) break;
      const at = from + m[0].length - m[1].length;
      if (!ok(m[1], at)) break;
      add(m[1], at);
      from = at + m[1].length;
    }
  }
  return changed ? out.sort((a, b) => a.start - b.start) : orgs;
}

/** "Sovereign Wealth Fund Weekly News Roundup": a headline in title case (its longer words capitalized) gives its
 * capitals no weight. Its names are the known firms, the acronyms the text defines and oddly spelled names
 * ("ChemChina") read there, and the firms the body names ("Portline Holdings Buys Port Stake …"). */
function dropTitleCaseNames(infos: SentenceInfo[], text: string, trusted: Set<string>): void {
  const titles = infos.filter((i) => i.orgs.length && i.s.headline && titleCase(i.s.text));
  if (!titles.length) return;
  const body = new Map<string, OrgMention>();
  for (const i of infos)
    if (!titles.includes(i)) for (const o of i.orgs) if (!o.person && !body.has(o.name)) body.set(o.name, o);
  for (const info of titles) {
    const kept = info.orgs.filter((o) => trusted.has(fold(o.name)) || o.name.split(/\s+/).some(odd));
    for (const [name, o] of body) {
      const at = info.s.text.indexOf(name);
      if (
        at < 0 ||
        /[\p{L}\d]/u.test(info.s.text[at + name.length] ?? "") ||
        /[\p{L}\d]/u.test(info.s.text[at - 1] ?? "")
      )
        continue;
      const start = info.s.start + at;
      if (kept.some((k) => k.start < start + name.length && k.end > start)) continue;
      kept.push({ ...o, start, end: start + name.length });
    }
    info.orgs = kept.sort((a, b) => a.start - b.start);
  }
}

function titleCase(sentence: string): boolean {
  const words = sentence
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (words.length < 5) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** "90 miljoen euro. Dat heeft de Britse hotelinvesteerder Tristan over voor …": a sentence that is nothing but an
 * amount gives it to the next sentence of its paragraph when that one names none. */
function carryFragmentAmounts(infos: SentenceInfo[]): void {
  for (let i = 1; i < infos.length; i++) {
    const prev = infos[i - 1],
      info = infos[i];
    if (prev.s.para !== info.s.para || info.investMoney.length || prev.orgs.length || prev.investMoney.length !== 1)
      continue;
    const m = prev.investMoney[0];
    if (prev.s.text.trim().length > m.end - m.start + 12) continue;
    info.investMoney = [m];
    info.money = [m, ...info.money];
  }
}
