/**
 * Article context stage: what the whole article says that a single sentence does not. The default
 * target country (votes of the countries named outside investors' homes, the headline's twice), the
 * investors' homes, the default currency, parents of subsidiaries, joint-venture holdings, the lead
 * date and the dates of source credits. Datelines, agency credits, teasers and "related" blocks
 * reach no vote: the sentences stage drops boilerplate and the mentions stage finds no country in a
 * credit's agency name.
 */
import type { CountryMention } from "../countries";
import { pickDate, type DateMention } from "../dates";
import { NameMap, type SentenceInfo } from "../facts";
import { EACH_RE, HOLD_RE, PERCENT_WORD_RE, SUBSIDIARY_GAP_RE } from "../lexicon/context-words";
import { LowerTest } from "../lower-test";
import { clauseWords } from "../lexicon/clause-words";
import { lexiconFor } from "../lexicon/all";
import type { Money } from "../money";
import { fold } from "../normalize";
import { countryScore, homeMentions, newSubjectRe, placedCountry } from "../roles";
import { findPercents } from "../status-kind";
import { COUNTRY_CURRENCY, LOCAL_DOLLAR_OR_PESO } from "../lexicon/money-words";

/** The currencies one country alone counts in ("MAD", "TRY", "CAD"; not the euro or the CFA francs), to their country. */
const CURRENCY_COUNTRY: ReadonlyMap<string, string> = (() => {
  const byCurrency = new Map<string, string[]>();
  for (const [cc, cur] of [...Object.entries(COUNTRY_CURRENCY), ...Object.entries(LOCAL_DOLLAR_OR_PESO)])
    byCurrency.set(cur, [...(byCurrency.get(cur) ?? []), cc]);
  return new Map(
    [...byCurrency].filter(([cur, ccs]) => ccs.length === 1 && cur !== "USD").map(([cur, ccs]) => [cur, ccs[0]]),
  );
})();
/** the weight of one amount in such a currency, as against a country named once (2) */
const CURRENCY_VOTE = 1;

export type ArticleContext = {
  text: string;
  published: string | null;
  lang: string | null;
  /** ", and Honda will …": where a clause with a subject of its own starts (the article's language) */
  newSubject: RegExp;
  canonical: (name: string) => string;
  /** the country most named outside investors' homes: the target of a commitment that names none */
  defaultCountry: string | null;
  /** the default country when it leads the votes outright (no tie with another country), else null */
  clearDefaultCountry: string | null;
  /** how often the article names each country (every mention), all mentions together, and the headline's countries */
  countryCounts: ReadonlyMap<string, number>;
  countryTotal: number;
  headlineCountries: ReadonlySet<string>;
  /** the currency most written: the currency of a bare amount ("500 Millionen") */
  defaultCurrency: string | null;
  /** the article's dollars are all plain ones ("210 millions $", no "US"): a bare amount is in the same dollars */
  plainDollarsIn: string | undefined;
  /** folded canonical name → home country code, as the article states it ("the Swiss Nestlé") */
  homes: ReadonlyMap<string, string>;
  /** folded name → its parent's name ("X, a subsidiary of Y", "Alphabet's Google") */
  parents: ReadonlyMap<string, string>;
  /** sentences that state how a joint venture's shares are split ("A hält 51 Prozent, B 49 Prozent") */
  shareSentences: ReadonlySet<SentenceInfo>;
  /** a partner's share of the joint venture, by folded canonical name (or the same name written otherwise) */
  jvStakes: { get: (key: string) => number | undefined };
  /** the date of the lead (the first sentences of the body), and whether it is same-week news */
  leadDate: string | null;
  leadNearPub: boolean;
  /** the first words that name each country in the article */
  countryWords: ReadonlyMap<string, CountryMention>;
  /** paragraph → the date of the source credit that closes it ("(El Norte, November 30, 2021)") */
  creditDates: ReadonlyMap<number, DateMention>;
  /** for a sentence with no date, the date of the nearest earlier sentence of its paragraph that has one */
  priorDate: (info: SentenceInfo) => DateMention | null;
  /** the date opening the sentence a clause was split off */
  openingDate: (info: SentenceInfo) => DateMention | null;
  /** for a sentence with no date, a weekday or "yesterday" in the next sentence that names no firm ("The investment
   * was announced in Stockholm Monday") */
  followDate: (info: SentenceInfo) => DateMention | null;
};

const HOLD = new LowerTest(HOLD_RE);
const PERCENT_WORD = new LowerTest(PERCENT_WORD_RE);
const EACH = new LowerTest(EACH_RE);
/** A parenthesized source credit that is a sentence of its own: "(Reforma, November 25, 2021)". */
const CREDIT_LINE_RE = /^\s*\([^()]{4,80}\)\s*\.?\s*$/;

/** The language is written for one country (tr, it, nl, pl): its articles name other countries by adjective mostly as
 * firms' homes ("Kanadalı ortakları", "het Duitse Bosch"), so an adjective counts half a vote for the target there. */
function homeLanguage(lang: string | null): boolean {
  return (lexiconFor(lang)?.homeCountry ?? null) !== null;
}
export function articleContext(
  text: string,
  infos: SentenceInfo[],
  canonical: (name: string) => string,
  lang: string | null,
  published: string | null,
): ArticleContext {
  const countryVotes = new Map<string, number>();
  /** the countries named by name (not only by an adjective) */
  const namedCountries = new Set<string>();
  const homes = new Map<string, string>();
  const currencyVotes = new Map<string, number>();
  const dollars: Money[] = [];
  const parents = new Map<string, string>();
  const countryCounts = new Map<string, number>();
  const placedHomeVotes = new Map<string, number>();
  const homeVotes = new Map<string, number>();
  let countryTotal = 0;
  const headlineCountries = new Set<string>();
  for (const info of infos) {
    const hm = homeMentions(info);
    for (const c of info.countries) {
      countryCounts.set(c.code, (countryCounts.get(c.code) ?? 0) + 1);
      countryTotal++;
      if (info.s.headline) headlineCountries.add(c.code);
      const o = hm.get(c);
      if (o) {
        if (o.name && !homes.has(fold(canonical(o.name)))) homes.set(fold(canonical(o.name)), c.code);
        // "zakup … kopalni Sierra Gorda w Chile": a place named with "in" for a firm is where that firm is, a last resort
        // for the article's country when nothing else names one
        homeVotes.set(c.code, (homeVotes.get(c.code) ?? 0) + 1);
        if (c.kind !== "adjective" && placedCountry(c))
          placedHomeVotes.set(c.code, (placedHomeVotes.get(c.code) ?? 0) + 1);
        continue;
      }
      const w = countryScore(c) * (info.s.headline ? 2 : 1) * (c.kind === "adjective" && homeLanguage(lang) ? 0.5 : 1);
      countryVotes.set(c.code, (countryVotes.get(c.code) ?? 0) + w);
      if (c.kind !== "adjective") namedCountries.add(c.code);
    }
    for (const m of info.money) if (m.currency) currencyVotes.set(m.currency, (currencyVotes.get(m.currency) ?? 0) + 1);
    for (const m of info.money) if (m.currency === "USD") dollars.push(m);
    for (const o of info.orgs) if (o.parent) parents.set(fold(o.name), o.parent);
    // "Tesa, Teil des … Beiersdorf" / "X, a subsidiary of Y" / "filial de"
    for (let k = 0; k + 1 < info.orgs.length; k++) {
      const a = info.orgs[k],
        b = info.orgs[k + 1];
      const gap = fold(info.s.text.slice(a.end - info.s.start, b.start - info.s.start));
      // ("Masdar, jointly owned by Taqa, Adnoc and Mubadala": several owners make none of them the parent)
      const c = info.orgs[k + 2];
      const moreOwners =
        /\bjoint/u.test(gap) ||
        (c !== undefined &&
          clauseWords(lang).listGap.test(fold(info.s.text.slice(b.end - info.s.start, c.start - info.s.start))));
      if (gap.length < 70 && SUBSIDIARY_GAP_RE.test(gap) && !moreOwners) {
        parents.set(fold(a.name), b.name);
      }
      // "PowerCo (a Volkswagen Group company)", "PowerCo, a Volkswagen company,": the firm named inside is the parent
      else if (
        /^\s*[(,]\s*(?:a|an)\s*$/.test(gap) &&
        /^\s+(?:group\s+)?(?:company|subsidiary|unit)\b/.test(
          info.s.text.slice(b.end - info.s.start, b.end - info.s.start + 30),
        )
      ) {
        parents.set(fold(a.name), b.name);
      }
      // "Alphabet's Google": the possessor is the parent
      else if (
        /^['’]s\s+$/.test(info.s.text.slice(a.end - info.s.start, b.start - info.s.start)) &&
        !a.person &&
        !b.person
      ) {
        parents.set(fold(b.name), a.name);
      }
    }
  }
  // "10 milliards de DH", "480 milyon TL": an amount in a currency only one country counts in speaks of that country's
  // money, a vote for it where the article names it ("France, Espagne … : les conventions signées avec le Maroc")
  // (not a firm's home the article names: "a empresa japonesa … 30 bilhões de ienes" counts at home)
  for (const [cur, n] of currencyVotes) {
    const cc = CURRENCY_COUNTRY.get(cur);
    // (or names by an adjective only: "a gestora brasileira" beside "R$ 902,5 milhões")
    if (cc && (namedCountries.has(cc) || countryVotes.has(cc)) && !homeVotes.has(cc))
      countryVotes.set(cc, (countryVotes.get(cc) ?? 0) + n * CURRENCY_VOTE);
  }
  const ranked = [...countryVotes.entries()].sort((a, b) => b[1] - a[1]);
  // an article that names no country but its investors' homes (local news: "Ekol Lojistik … Gebze'de bir lojistik
  // merkezi kuruyor") is about the country its language is written for, where there is one (no words name it: such a
  // record has no evidence for its target); a country named with "in" for a firm comes before that
  // (in such an article the adjectives of a country describe firms and partners: "Kanadalı ve Fransız ortaklarından",
  // from its Canadian and French partners)
  const home = lexiconFor(lang)?.homeCountry ?? null;
  const onlyAdjectives = home !== null && namedCountries.size === 0;
  const defaultCountry =
    (onlyAdjectives ? null : ranked[0]?.[0]) ??
    mostVoted(placedHomeVotes) ??
    home ??
    ranked[0]?.[0] ??
    lexiconFor(lang)?.unnamedCountry ??
    // "La desarrolladora argentina … compró la constructora": a language of several countries, an article naming none
    // but its firms' homes is about the home most named
    mostVoted(homeVotes) ??
    null;
  // several countries of similar weight: no safe default ("four plants in the Basque Country, China and Russia")
  const clearDefaultCountry = ranked.length && (ranked.length < 2 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  const defaultCurrency = mostVoted(currencyVotes);
  const plainDollarsIn =
    defaultCurrency === "USD" && dollars.every((m) => m.plainDollarIn)
      ? (dollars[0]?.plainDollarIn ?? undefined)
      : undefined;

  const shareSentences = new Set<SentenceInfo>();
  const jvStakeMap = new NameMap<number>();
  for (const [k, v] of holdingShares(infos, canonical, shareSentences)) jvStakeMap.set(k, v);
  const jvStakes = { get: (key: string): number | undefined => jvStakeMap.get(key) ?? jvStakeMap.findSame(key) };
  // the lead: the first sentences of the body, past the headline and a bare dateline ("WARSCHAU.")
  const skipped =
    published === null ? 0 : infos.slice(0, 3).filter((i) => i.s.headline || i.s.text.length <= 25).length;
  const leadInfos = infos.slice(0, 3 + skipped).filter((i) => i.dates.length > 0);
  // "En 2024, leurs échanges … / … la signature, mardi 15 avril": a past year of background in the lead gives way to a
  // later lead sentence's date near the publication
  const nearAt =
    published === null
      ? -1
      : leadInfos.findIndex((i) => {
          const v = pickDate(i.dates)?.value;
          return v !== undefined && nearPublication(v, published);
        });
  const firstLead = pickDate(leadInfos[0]?.dates ?? [])?.value;
  const leadAt =
    nearAt > 0 &&
    firstLead !== undefined &&
    firstLead.length === 4 &&
    published !== null &&
    firstLead < published.slice(0, 4)
      ? nearAt
      : 0;
  const leadInfo = leadInfos[leadAt];
  // "Supervalu completed its acquisition … Friday": a weekday is the news's own day, no page stamp
  // (a dateline "LIMA, 1 May." is a stamp all the same)
  const leadRelative =
    leadInfo !== undefined && pickDate(leadInfo.dates)?.relative === true && leadInfo.s.text.length > STAMP_LINE_MAX;
  const stampDate = leadInfo
    ? sharperLeadDate(pickDate(leadInfo.dates)?.value ?? null, leadInfos.slice(leadAt + 1))
    : null;
  // "Friday 17 Mar 2023 / … the cabinet announced on Thursday": the page's own date stamp opens the lead, and the news
  // it reports happened the day the next sentence names ("on Thursday", "gestern", "dün")
  const dayBefore =
    stampDate !== null && stampDate === published && !leadRelative
      ? leadInfos
          .slice(1)
          .flatMap((i) => i.dates)
          .find(
            (d) => d.relative && d.value.length === 10 && d.value < stampDate && nearPublication(d.value, stampDate),
          )
      : undefined;
  const leadDate = dayBefore?.value ?? stampDate;
  const leadNearPub =
    leadDate !== null &&
    (published !== null ? nearPublication(leadDate, published) : leadInfo?.s.index === 0 && leadInfo.s.headline);
  // where the article names each country (a target taken from the article's default still points at its words)
  const countryWords = new Map<string, CountryMention>();
  for (const info of infos) for (const c of info.countries) if (!countryWords.has(c.code)) countryWords.set(c.code, c);
  // "(El Norte, November 30, 2021)" closing a paragraph or list item: the source credit dates that item
  const creditDates = new Map<number, DateMention>();
  for (const info of infos) {
    if (!CREDIT_LINE_RE.test(info.s.text)) continue;
    const d = pickDate(info.dates);
    if (d) creditDates.set(info.s.para, d);
  }
  // "En el 2012, Grupo México invirtió …; Bimbo abrió una nueva planta": a past event's year carries on in its paragraph
  // (asked per fact, so only those sentences' dates are read)
  const priorDate = (info: SentenceInfo): DateMention | null => {
    if (info.dates.length) return null;
    const at = infos[info.s.index] === info ? info.s.index : infos.indexOf(info);
    for (let k = at - 1; k >= 0 && infos[k].s.para === info.s.para; k--) {
      const d = pickDate(infos[k].dates);
      if (d) return d;
    }
    return null;
  };
  // "En el 2012, Grupo México invirtió …; Bimbo abrió …; y Cinépolis anunció …": a date opening a sentence dates every
  // clause split off it
  // (the sentences by where they start: one lookup per clause, not a scan of a long article's sentences)
  let byStart: Map<number, SentenceInfo> | undefined;
  const openingDate = (info: SentenceInfo): DateMention | null => {
    const from = info.s.clauseOf;
    if (from === undefined || info.dates.length) return null;
    const head = (byStart ??= new Map(infos.map((i) => [i.s.start, i]))).get(from);
    const d = head ? pickDate(head.dates) : null;
    return d && d.start - from <= OPENING_DATE_REACH ? d : null;
  };
  const followDate = (info: SentenceInfo): DateMention | null => {
    if (info.dates.length) return null;
    const at = infos[info.s.index] === info ? info.s.index : infos.indexOf(info);
    const next = infos[at + 1];
    if (!next || next.s.para - info.s.para > 1 || next.orgs.some((o) => !o.person)) return null;
    const d = pickDate(next.dates);
    return d?.relative && d.value.length === 10 ? d : null;
  };
  return {
    text,
    published,
    lang,
    newSubject: newSubjectRe(lang),
    canonical,
    defaultCountry,
    clearDefaultCountry,
    countryCounts,
    countryTotal,
    headlineCountries,
    defaultCurrency,
    plainDollarsIn,
    homes,
    parents,
    shareSentences,
    jvStakes,
    leadDate,
    leadNearPub,
    countryWords,
    creditDates,
    priorDate,
    openingDate,
    followDate,
  };
}

/** The key with the most votes (the first such on a tie), or null. */
function mostVoted(votes: Map<string, number>): string | null {
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Is a date in the publication's month or the month before (a lead date of same-week news)? */
/** the longest line that is a page's date stamp or a dateline rather than a sentence of news */
const STAMP_LINE_MAX = 60;

/** how far into a sentence a date still opens it ("En el 2012, …", "In March 2023, …") */
const OPENING_DATE_REACH = 20;

export function nearPublication(date: string, published: string): boolean {
  const ym = (s: string) => Number(s.slice(0, 4)) * 12 + (s.length >= 7 ? Number(s.slice(5, 7)) : 1);
  if (date.length < 7 || published.length < 7) return date.slice(0, 4) === published.slice(0, 4);
  const d = ym(published) - ym(date);
  return d >= 0 && d <= 1;
}

/** Shares of the partners of a joint venture, from "A hält X, B Y" / "A and B each Z" anywhere in the article. */
function holdingShares(
  infos: SentenceInfo[],
  canonical: (n: string) => string,
  used: Set<SentenceInfo>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const info of infos) {
    const t = info.s.text;
    if (!HOLD.test(t) || !PERCENT_WORD.test(t)) continue;
    const ps = findPercents(t, info.s.start);
    const orgs = info.orgs.filter((o) => !o.person);
    if (!ps.length || !orgs.length) continue;
    for (let k = 0; k < orgs.length; k++) {
      const o = orgs[k];
      const p = ps.find((x) => x.start >= o.end && x.start - o.end < 50);
      if (!p) continue;
      const between = orgs.slice(k + 1).filter((x) => x.start < p.start);
      if (between.length) {
        // "Mitsui und SKC je 25 Prozent": only a shared share spans another firm
        const gap = t.slice(between[between.length - 1].end - info.s.start, p.start - info.s.start);
        if (!EACH.test(gap.trim()) && !EACH.test(gap.replace(/\s*$/, ""))) continue;
      }
      const key = fold(canonical(o.name));
      if (!out.has(key)) out.set(key, p.value);
      used.add(info);
    }
  }
  return out;
}

/** "Choose France 2024" then "held on Monday, 13 May 2024": a year that a later sentence of the lead dates more
 * precisely is that day. */
function sharperLeadDate(year: string | null, later: SentenceInfo[]): string | null {
  if (year === null || year.length !== 4) return year;
  for (const i of later) {
    const d = pickDate(i.dates)?.value;
    if (d && d.length > 4 && d.startsWith(year)) return d;
  }
  return year;
}
