/** Date expressions resolved against the publication date, at the precision the text supports. */
import {
  DATE_PARTICLES,
  LAST_MONTH,
  LAST_YEAR,
  LAST_WEEK,
  MONTH_PREPOSITIONS,
  MONTHS,
  PUBLISHED_WORDS,
  TODAY,
  WEEKDAYS,
  YEAR_NOUNS,
  YEAR_PREPOSITIONS,
  YESTERDAY,
} from "./lexicon/date-words";
import { DEADLINE_WORDS, OPERATION_START_WORDS, QUARTER_WORDS, SINCE_WORDS } from "./lexicon/date-words";
import { anyWordForm, unionList, unionMap } from "./lexicon/all";
import { clauseWords } from "./lexicon/clause-words";
import { allMatches, alternation, foldSameLength } from "./normalize";

export type DateMention = { value: string; start: number; end: number; relative: boolean };

const MONTH_ALT = alternation(Object.keys(MONTHS));
const WEEKDAY_ALT = alternation(Object.keys(WEEKDAYS));
const PARTICLE = DATE_PARTICLES.join("|");
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:\.|º|er)?\s+(?:(?:${PARTICLE})\s+)?(${MONTH_ALT})\.?(?:\s+(?:(?:${PARTICLE})\s+)?(\d{4}))?(?![\p{L}])`,
  "gu",
);
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\p{L}\d])`,
  "gu",
);
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})\.?\s+(?:(?:${PARTICLE})\s+)?(\d{4})(?!\d)`, "gu");
const IN_MONTH = new RegExp(
  String.raw`(?<![\p{L}])(?:${MONTH_PREPOSITIONS.join("|")})\s+(${MONTH_ALT})(?![\p{L}]|\.?\s*\d)`,
  "gu",
);
const QUARTER_ORDINALS: Record<string, number> = unionMap<number>("quarterOrdinals");
const QUARTER_YEAR = new RegExp(
  String.raw`(?<![\p{L}\d])(?:q([1-4])|([1-4])q|(${alternation(Object.keys(QUARTER_ORDINALS))}) (?:${QUARTER_WORDS.join("|")}))\s*(?:of\s+)?'?(\d{4})(?!\d)`,
  "gu",
);
/** "bis Ende 2030", "by the end of 2025", "d'ici fin 2026": a deadline, never the date of an announcement; nor is the
 * year a presence began ("since 2015", "seit 2015", "depuis 2015"). */
const DEADLINE_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...DEADLINE_WORDS, ...SINCE_WORDS].join("|")})\s+$`,
  "u",
);
/** "which will begin production in 2019", "die 2008 in Betrieb gehen soll": the year the plant is to start working */
const OPERATION_BEFORE_RE = new RegExp(String.raw`(?:${OPERATION_START_WORDS.join("|")})[^.;]{0,40}$`, "u");
const OPERATION_AFTER_RE = new RegExp(String.raw`^[^.;]{0,30}?(?:${OPERATION_START_WORDS.join("|")})`, "u");
const operationYear = (f: string, s: number, e: number) =>
  OPERATION_BEFORE_RE.test(f.slice(Math.max(0, s - 60), s)) || OPERATION_AFTER_RE.test(f.slice(e, e + 40));
const NUMERIC = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu;
const IN_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(?:${YEAR_PREPOSITIONS.join("|")})\s+(?:(?:${alternation(YEAR_NOUNS)})\s+)?((?:19|20)\d{2})(?!\d)`,
  "gu",
);
/** a day and month (or month and day) right after a weekday's name */
const DATE_AFTER_WEEKDAY_RE = new RegExp(
  String.raw`^,?\s+(?:(?:the|den|le|el|il|o|de)\s+)?(?:\d{1,2}(?:\.|er|st|nd|rd|th|º)?\s+(?:de\s+)?(?:${MONTH_ALT})|(?:${MONTH_ALT})\.?\s+\d{1,2}(?!\d))(?![\p{L}])`,
  "u",
);
const WEEKDAY_RE = new RegExp(String.raw`(?<![\p{L}])(${WEEKDAY_ALT})(?![\p{L}])`, "gu");
const RELATIVE_RE = new RegExp(String.raw`(?<![\p{L}])(${alternation([...YESTERDAY, ...TODAY])})(?![\p{L}])`, "gu");
const LAST_WEEK_RE = new RegExp(String.raw`(?<![\p{L}])(${alternation(LAST_WEEK)})(?![\p{L}])`, "gu");
const LAST_MONTH_RE = new RegExp(String.raw`(?<![\p{L}])(${alternation(LAST_MONTH)})(?![\p{L}])`, "gu");

const LAST_YEAR_RE = new RegExp(String.raw`(?<![\p{L}])(${alternation(LAST_YEAR)})(?![\p{L}])`, "gu");
/** Any date word at a word's bounds: every pattern with a month, weekday or relative word matches it there too. */
const QUICK_WORDS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...YESTERDAY, ...TODAY, ...LAST_WEEK, ...LAST_MONTH, ...LAST_YEAR])})(?![\p{L}])`,
  "u",
);

type Pub = { y: number; m: number | null; d: number | null } | null;

export function parsePublished(p: string | null | undefined): Pub {
  if (!p) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(p.trim());
  if (!m) return null;
  const out = { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
  if (out.m !== null && (out.m < 1 || out.m > 12)) return null;
  if (out.m !== null && out.d !== null && (out.d < 1 || out.d > new Date(Date.UTC(out.y, out.m, 0)).getUTCDate()))
    return null;
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");
function fmt(y: number, m?: number | null, d?: number | null): string {
  if (!m) return String(y);
  if (!d) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}
function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
function fromDate(dt: Date): string {
  return fmt(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Year for a month/day with no year: the publication year, or the year before if that would be in the future. */
function yearFor(pub: Pub, month: number, day: number | null): number | null {
  if (!pub) return null;
  if (pub.m && (month > pub.m || (month === pub.m && day && pub.d && day > pub.d + 1))) return pub.y - 1;
  return pub.y;
}

/**
 * All date mentions in a sentence; `pub` anchors relative ones. Mentions after the publication date are dropped.
 * With the article's language, only its own weekday names are days ("Środa Śląska" in English is a town).
 */
export function findDates(
  text: string,
  published: string | null | undefined,
  base = 0,
  lang: string | null = null,
): DateMention[] {
  const pub = parsePublished(published);
  const f = foldSameLength(text);
  const digit = /\d/.test(f);
  if (!digit && !(pub && QUICK_WORDS_RE.test(f))) return [];
  // each pattern below needs a four-digit year, a date word (month, weekday, "yesterday" …), or both: one
  // test of each first spares the many patterns a sentence cannot match ("$5 million" has neither)
  const year = digit && /\d{4}/.test(f);
  const words = QUICK_WORDS_RE.test(f);
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  // nothing is announced after the article appeared: a later date (at the precision both give) is a plan or deadline;
  // a day's slack for time zones
  const limit =
    pub && (pub.m && pub.d ? fromDate(new Date(utc(pub.y, pub.m, pub.d).getTime() + 864e5)) : fmt(pub.y, pub.m));
  const add = (value: string | null, s: number, e: number, relative: boolean) => {
    if (!value || taken.some(([a, b]) => s < b && e > a)) return;
    taken.push([s, e]); // a dropped later date still holds its words ("em dezembro de 2024" is not "em dezembro")
    if (limit && value.slice(0, limit.length) > limit.slice(0, value.length)) return;
    out.push({ value, start: base + s, end: base + e, relative });
  };
  for (const m of year ? allMatches(NUMERIC, f) : []) {
    const s = m.index ?? 0;
    if (m[4]) add(fmt(Number(m[4]), Number(m[5]), Number(m[6])), s, s + m[0].length, false);
    else if (Number(m[2]) <= 12) add(fmt(Number(m[3]), Number(m[2]), Number(m[1])), s, s + m[0].length, false);
  }
  for (const m of digit && words ? allMatches(DAY_MONTH_YEAR, f) : []) {
    const s = m.index ?? 0,
      mo = MONTHS[m[2]],
      d = Number(m[1]);
    const y = m[3] ? Number(m[3]) : yearFor(pub, mo, d);
    if (y && d >= 1 && d <= 31) add(fmt(y, mo, d), s, s + m[0].length, !m[3]);
  }
  for (const m of digit && words ? allMatches(MONTH_DAY_YEAR, f) : []) {
    const s = m.index ?? 0,
      mo = MONTHS[m[1]],
      d = Number(m[2]);
    if (m[1] === "may" && !m[3]) continue;
    const y = m[3] ? Number(m[3]) : yearFor(pub, mo, d);
    if (y && d >= 1 && d <= 31) add(fmt(y, mo, d), s, s + m[0].length, !m[3]);
  }
  // "Q3 2023", "3Q 2023", "third quarter of 2023": the quarter's first month
  for (const m of year ? allMatches(QUARTER_YEAR, f) : []) {
    const s = m.index ?? 0;
    const q = Number(m[1] ?? m[2] ?? QUARTER_ORDINALS[m[3]]);
    if (q >= 1 && q <= 4) add(fmt(Number(m[4]), q * 3 - 2), s, s + m[0].length, false);
  }
  for (const m of year && words ? allMatches(MONTH_YEAR, f) : []) {
    const s = m.index ?? 0;
    // a deadline or a start of work holds its words ("em dezembro de 2024" is not "em dezembro")
    if (DEADLINE_BEFORE_RE.test(f.slice(Math.max(0, s - 30), s)) || operationYear(f, s, s + m[0].length)) {
      taken.push([s, s + m[0].length]);
      continue;
    }
    add(fmt(Number(m[2]), MONTHS[m[1]]), s, s + m[0].length, false);
  }
  for (const m of words ? allMatches(IN_MONTH, f) : []) {
    const s = m.index ?? 0,
      mo = MONTHS[m[1]];
    if (m[1] === "may" || m[1] === "mar") continue;
    const y = yearFor(pub, mo, null);
    if (y) add(fmt(y, mo), s, s + m[0].length, true);
  }
  for (const m of year ? allMatches(IN_YEAR, f) : []) {
    const s = m.index ?? 0;
    if (DEADLINE_BEFORE_RE.test(f.slice(Math.max(0, s - 30), s)) || operationYear(f, s, s + m[0].length)) continue;
    add(m[1], s, s + m[0].length, false);
  }
  if (pub && words) {
    for (const m of allMatches(RELATIVE_RE, f)) {
      const s = m.index ?? 0;
      if (!pub.m || !pub.d) {
        add(fmt(pub.y, pub.m), s, s + m[0].length, true);
        continue;
      }
      const back = TODAYS.has(m[1]) ? 0 : 1;
      add(fromDate(new Date(utc(pub.y, pub.m, pub.d).getTime() - back * 864e5)), s, s + m[0].length, true);
    }
    const ownDays = lang !== null ? clauseWords(lang).weekdays : null;
    for (const m of allMatches(WEEKDAY_RE, f)) {
      if (ownDays && !ownDays.has(m[1])) continue;
      const s = m.index ?? 0;
      // "mardi 15 avril", "Tuesday, April 15": the weekday of a date written out is that date's, no day of its own
      if (DATE_AFTER_WEEKDAY_RE.test(f.slice(s + m[0].length, s + m[0].length + 40))) continue;
      if (!pub.m || !pub.d) {
        add(fmt(pub.y, pub.m), s, s + m[0].length, true);
        continue;
      }
      const p = utc(pub.y, pub.m, pub.d);
      const back = (p.getUTCDay() - WEEKDAYS[m[1]] + 7) % 7;
      add(fromDate(new Date(p.getTime() - back * 864e5)), s, s + m[0].length, true);
    }
    for (const m of allMatches(LAST_WEEK_RE, f)) {
      const s = m.index ?? 0;
      if (!pub.m) continue;
      const dt = pub.d ? new Date(utc(pub.y, pub.m, pub.d).getTime() - 7 * 864e5) : utc(pub.y, pub.m, 1);
      add(fmt(dt.getUTCFullYear(), dt.getUTCMonth() + 1), s, s + m[0].length, true);
    }
    for (const m of allMatches(LAST_MONTH_RE, f)) {
      const s = m.index ?? 0;
      if (!pub.m) continue;
      const y = pub.m === 1 ? pub.y - 1 : pub.y,
        mo = pub.m === 1 ? 12 : pub.m - 1;
      add(fmt(y, mo), s, s + m[0].length, true);
    }
    for (const m of allMatches(LAST_YEAR_RE, f)) {
      const s = m.index ?? 0;
      add(String(pub.y - 1), s, s + m[0].length, true);
    }
  }
  // "errichtete 2017 eine Produktionsstätte", "2016'da": a year standing alone, after every other reading
  for (const m of allMatches(BARE_YEAR_RE, f)) {
    const s = m.index ?? 0;
    const after = f.slice(s + 4, s + 24);
    if (DEADLINE_BEFORE_RE.test(f.slice(Math.max(0, s - 30), s)) || UNTIL_AFTER_RE?.test(after)) continue;
    // "entre 2022 e 2024", "between 2019 and 2021": a span of years, not a date
    if (SPAN_NEXT_RE.test(after) || SPAN_PREV_RE.test(f.slice(Math.max(0, s - 12), s))) continue;
    if (operationYear(f, s, s + 4)) continue;
    // the publication's own year says less than the publication date ("Choose France 2024")
    if (pub && m[1] === String(pub.y)) continue;
    const next = /^\s+([\p{L}]+)/u.exec(after);
    if (next && !YEAR_FOLLOWERS.has(next[1].toLowerCase()) && !/^yil/u.test(next[1])) continue;
    add(m[1], s, s + 4, true); // weak, like a relative date: it splits no record
  }
  return out.sort((a, b) => a.start - b.start);
}
const TODAYS = new Set(TODAY);
/** a year not inside a number, a range ("2020-2025", "2020/21") or an amount */
const BARE_YEAR_RE = /(?<![\p{L}\d.,/€$£-])((?:19|20)\d{2})(?![\d]|[.,]\d|\s*[-–/]\s*\d|\s*(?:%|€|\$))/gu;
/** a year joined to another by a short word ("2022 e 2024", "2019 and 2021", "2020 bis 2023") */
const SPAN_NEXT_RE = /^\s+\p{L}{1,5}\s+(?:19|20)\d{2}(?!\d)/u;
const SPAN_PREV_RE = /(?<!\d)(?:19|20)\d{2}\s+\p{L}{1,5}\s+$/u;
/** "until" and "since" after the year (Turkish): "2025'e kadar", "2030 yılına kadar", "1940 yılından bu yana",
 * "2009'dan beri" */
const UNTIL_AFTER_RE = anyWordForm("untilOrSinceAfterYear");
/** the words that may follow a year used as a date ("2017 eine …", "in 2017 the …"), not a count ("2000 Arbeitsplätze") */
const YEAR_FOLLOWERS = new Set(unionList("stopWords").map((w) => w.toLowerCase()));

const DATELINE_RE = new RegExp(
  String.raw`^(?:[\s\S]{0,200}?)(?:(?:${PUBLISHED_WORDS})\s*:?\s*|\p{Lu}[\p{L}\-/ .]{1,30},?\s+)` +
    String.raw`(?:(\d{1,2})\.?\s+(${MONTH_ALT})\.?\s+(\d{4})|(${MONTH_ALT})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{4})-(\d{2})(?:-(\d{2}))?|(\d{1,2})\.(\d{1,2})\.(\d{4}))\s*(?:[–—-]|\(|\||$|\n)`,
  "iu",
);

/** A date the text states as its own publication or dateline date, else null. */
export function findPublicationDate(text: string): string | null {
  const head = foldSameLength(text.slice(0, 300));
  const m = DATELINE_RE.exec(head);
  if (!m) return null;
  if (m[1]) return fmt(Number(m[3]), MONTHS[m[2]], Number(m[1]));
  if (m[4]) return fmt(Number(m[6]), MONTHS[m[4]], Number(m[5]));
  if (m[7]) return fmt(Number(m[7]), Number(m[8]), m[9] ? Number(m[9]) : null);
  if (m[10]) return fmt(Number(m[12]), Number(m[11]), Number(m[10]));
  return null;
}

/** The most precise date of a sentence (explicit before relative on ties). */
export function pickDate(dates: DateMention[]): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (
      !best ||
      d.value.length > best.value.length ||
      (d.value.length === best.value.length && best.relative && !d.relative)
    )
      best = d;
  }
  return best;
}
