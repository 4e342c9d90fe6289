/** Article-level name lexicons: people named after titles, German common nouns, acronyms and their long forms. */
import { GOV_COMPOUND_RE, GOV_WORDS, NAME_STOPWORDS } from "./lexicon/org-words";
import { lexiconFor, unionList } from "./lexicon/all";
import { allMatches, fold } from "./normalize";
import { odd } from "./orgs";

const DE_NUMBER_WORDS = lexiconFor("de")?.numberWords ?? {};
/** "Präsident X Y", "CEO X": a title before a name, as the text writes it. */
const PERSON_AFTER_TITLE_RE = new RegExp(
  String.raw`(?:\b(?:${unionList("personTitlesBeforeName").join("|")}),?\s+)((?:\p{Lu}[\p{L}'’\-]*\.?\s+){0,3}\p{Lu}[\p{L}'’\-]+)`, "gu",
);

/** German capitalized words that follow an article or determiner somewhere in the text. */
export function germanCommonNouns(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}])(\p{Ll}+)\s+(?=(\p{Lu}[\p{Ll}\-]+)(?![\p{L}]))/gu;
  for (const m of text.matchAll(re)) {
    const w = m[1];
    if (DETERMINERS.has(w) || DE_NUMBER_WORDS[fold(w)] !== undefined || (/(?:e|en|er|es|em)$/.test(w) && !NOT_ADJECTIVES.has(w))) out.add(fold(m[2]));
  }
  return out;
}

/** Names seen after a person title ("Präsident X Y", "CEO X") in the text: tokens and full names. */
export function findPersons(text: string): Set<string> {
  const out = new Set<string>();
  const re = PERSON_AFTER_TITLE_RE;
  re.lastIndex = 0;
  for (const m of allMatches(re, text)) {
    const name = m[1];
    out.add(fold(name));
    const parts = name.split(/\s+/);
    out.add(fold(parts[parts.length - 1]));
  }
  return out;
}

/** Acronyms defined by a state body or a common noun ("Entwicklungszusammenarbeit (EZ)", "PAC (Growth … Program)"). */
export function nonOrgAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const acro = m[1];
    const at = m.index ?? 0;
    const long = (/([\p{L}][\p{L}&.\- ]{2,80})\s*$/u.exec(text.slice(Math.max(0, at - 80), at))?.[1] ?? "").trim();
    if (long && isNonOrgDefinition(acro, long, true)) out.add(fold(acro));
  }
  for (const m of text.matchAll(/(\p{Lu}{2,6})\s*\(([^)]{3,80})\)/gu)) {
    if (isNonOrgDefinition(m[1], m[2].trim(), false)) out.add(fold(m[1]));
  }
  return out;
}

/** Acronym definitions "Public Investment Fund (PIF)" -> map PIF -> long name. */
export function findAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /((?:\p{Lu}[\p{L}&.\-]*\s+){1,6})\((\p{Lu}{2,6})\)/gu;
  for (const m of text.matchAll(re)) {
    const words = m[1].trim().split(/\s+/);
    const acro = m[2];
    // take as many trailing words as the acronym needs
    const take = words.slice(-Math.max(acro.length, 2));
    const k = take.findIndex((w) => w[0].toUpperCase() === acro[0]);
    const long = (k >= 0 ? take.slice(k) : take).join(" ");
    if (long.length > acro.length && (long.includes(" ") || odd(long)) && !(long.split(" ").some((w) => GOV_WORDS.has(fold(w))))) out.set(acro, long);
  }
  return out;
}

function isNonOrgDefinition(acro: string, long: string, before: boolean): boolean {
  const words = long.split(/\s+/).slice(-Math.max(acro.length, 2));
  if (words.some((w) => GOV_WORDS.has(fold(w)) || GOV_COMPOUND_RE.test(fold(w)))) return true;
  if (!before) return false;
  const all = long.split(/\s+/);
  const last = all[all.length - 1];
  const prev = all[all.length - 2] ?? "";
  return !odd(last) && (all.length === 1 || /^\p{Ll}/u.test(prev) || NAME_STOPWORDS.has(fold(prev))) && last.length >= 8;
}

const DETERMINERS = new Set(lexiconFor("de")?.nounDeterminers ?? []);

const NOT_ADJECTIVES = new Set(lexiconFor("de")?.notAdjectives ?? []);
