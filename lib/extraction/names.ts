/** Article-level name lexicons: people named after titles, German common nouns, acronyms and their long forms. */
import { isStateBodyWord, NAME_STOPWORDS } from "./lexicon/org-words";
import { lexiconFor, unionList, wordForm } from "./lexicon/all";
import { allMatches, fold, unitClassWidth } from "./normalize";
import { isDescriptor, odd } from "./orgs";
import { FIRST_NAMES } from "./lexicon/person-words";
import { commonWordsOf } from "./lexicon/common-words";
import { isKnownOrgName } from "./known-orgs";

const ORG_SUFFIX_WORDS = new Set(unionList("orgSuffixes").map((w) => fold(w)));
const GENITIVE_WORDS = new Set(unionList("genitiveWords").map((w) => fold(w)));
/** "Secretaria de Desenvolvimento Econômico do Estado (SDE)": a state body's head joined by "de" before the words
 * at index at (the letters an acronym spells) still names a body. */
function stateBodyBefore(all: readonly string[], at: number): boolean {
  return at >= 2 && GENITIVE_WORDS.has(fold(all[at - 1])) && isStateBodyWord(fold(all[at - 2]));
}
const TITLE_WORDS = new Set(
  [...unionList("personTitles"), ...unionList("officeTitles")].filter((w) => /^[\p{L}]+$/u.test(w)).map((w) => fold(w)),
);

const DE_NUMBER_WORDS = lexiconFor("de")?.numberWords ?? {};
/** "Präsident X Y", "CEO X": a title before a name, as the text writes it. */
const PERSON_AFTER_TITLE_RE = new RegExp(
  String.raw`(?:\b(?:${unionList("personTitlesBeforeName").join("|")}),?\s+)((?:\p{Lu}[\p{L}'’\-]*\.?\s+){0,3}\p{Lu}[\p{L}'’\-]+)`,
  "gu",
);

/** German capitalized words that follow an article or determiner somewhere in the text. */
export function germanCommonNouns(text: string): Set<string> {
  const out = new Set<string>();
  // (the first part of a compound, "die neuen Kaufland-Filialen", may be a firm's name: only whole words count)
  const re = /(?<![\p{L}])(\p{Ll}+)\s+(?=(\p{Lu}[\p{Ll}\-]+)(?![\p{L}\-]))/gu;
  for (const m of text.matchAll(re)) {
    const w = m[1];
    if (
      DETERMINERS.has(w) ||
      DE_NUMBER_WORDS[fold(w)] !== undefined ||
      (!!DE_ADJECTIVE_ENDING_RE?.test(w) && !NOT_ADJECTIVES.has(w))
    )
      out.add(fold(m[2]));
  }
  return out;
}

/** German words are capitalized nouns or lower-case words without a hyphen inside; a lower-case word before a
 * hyphen and a noun ("dm-Konkurrent", "dm-Logistikchef") or with a lower-case hyphened part ("e-shelter") is a name
 * written in lower case, folded. (findOrgs takes one only right after an article and a descriptor: "der Anbieter
 * e-shelter".) */
export function lowerCaseNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}\-.])(\p{Ll}[\p{Ll}\p{N}]*(?:-\p{Ll}[\p{Ll}\p{N}]*)*)(?=-\p{Lu})/gu))
    out.add(fold(m[1]));
  for (const m of text.matchAll(/(?<![\p{L}\p{N}\-.])\p{Ll}[\p{Ll}\p{N}]*-\p{Ll}[\p{Ll}\p{N}]*(?![\p{L}\p{N}\-])/gu))
    out.add(fold(m[0]));
  // a German text never opens in lower case but with a name ("acmetech will 400 Mio. € investieren")
  const first = /^\s*(\p{Ll}[\p{Ll}\p{N}]{3,})\s/u.exec(text);
  if (first) out.add(fold(first[1]));
  return out;
}

/** Outside German: capitalized words that open sentences but are common words of the article. A word counts when the
 * article never writes it capitalized after a lower-case word and writes it, or an inflection of it (the same letters
 * but for the last two), in lower case: "Yatırımın" (beside "yatırım"), "Zlecenie" (beside "zlecenia"). */
export function openerCommonWords(text: string): Set<string> {
  const lower = new Set<string>();
  const mid = new Set<string>();
  const openers = new Set<string>();
  for (let at = 0; at < text.length;) {
    const word = nextWord(text, at);
    if (word === null) break;
    at = word.end;
    const w = text.slice(word.start, word.end);
    if (w === w.toLowerCase()) lower.add(fold(w));
    else if (/^\p{Lu}/u.test(w)) {
      const before = text.slice(Math.max(0, word.start - 3), word.start);
      if (/[\p{Ll},][ \t\u00a0]+$|[\p{Ll},][ \t\u00a0]+["“„«(]$/u.test(before)) mid.add(fold(w));
      else openers.add(fold(w));
    }
  }
  const out = new Set<string>();
  if (!openers.size) return out;
  // a prefix of five or more letters of a lower-case word → the length of the shortest word that has it
  let prefixes: Map<string, number> | null = null;
  for (const f of openers) {
    if (mid.has(f)) continue;
    if (lower.has(f)) {
      out.add(f);
      continue;
    }
    if (f.length < 6) continue;
    if (!prefixes) {
      prefixes = new Map<string, number>();
      for (const w of lower)
        for (let k = 5; k <= w.length; k++) {
          const p = w.slice(0, k);
          const had = prefixes.get(p);
          if (had === undefined || w.length < had) prefixes.set(p, w.length);
        }
    }
    const min = Math.max(5, f.length - 2);
    for (let k = f.length; k >= min; k--) {
      // the lower-case word shares all but the last two letters: an inflection ("bezpieczeństwa"/"bezpieczeństwo")
      const shortest = prefixes.get(f.slice(0, k));
      if (shortest !== undefined && shortest <= k + 3) {
        out.add(f);
        break;
      }
    }
  }
  return out;
}

/** How many code units the letter at `i` takes (2 for a letter outside the BMP), 0 for anything else. */
const letterWidth = unitClassWidth(/^\p{L}$/u);

/** A digit, apostrophe or hyphen: a word next to one is part of a longer token ("COVID-19", "l'usine"). */
function joiner(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45;
}

/**
 * The next word from `from` as /(?<![\p{L}\d'’-])[\p{L}]{4,}(?![\p{L}\d'’-])/gu finds it (start and end), or null:
 * a whole run of four or more letters with no digit, apostrophe or hyphen on either side. Read a unit at a time:
 * the regex's matchAll, run over every article, cost more than all the rest of openerCommonWords.
 */
export function nextWord(s: string, from: number): { start: number; end: number } | null {
  let i = from;
  while (i < s.length) {
    const width = letterWidth(s, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    for (let w = width; w > 0; w = i < s.length ? letterWidth(s, i) : 0) {
      i += w;
      letters++;
    }
    // the unit before a run is no letter (the run would be longer); the unit after it neither
    if (letters >= 4 && !(start > 0 && joiner(s.charCodeAt(start - 1))) && !(i < s.length && joiner(s.charCodeAt(i))))
      return { start, end: i };
  }
  return null;
}

/** Names seen after a person title ("Präsident X Y", "CEO X") in the text: tokens and full names. */
export function findPersons(text: string): Set<string> {
  const out = new Set<string>();
  const re = PERSON_AFTER_TITLE_RE;
  re.lastIndex = 0;
  for (const m of allMatches(re, text)) {
    // "Başkanı Ferit Şahenk'in Galataport'un": a case ending after an apostrophe closes the name
    const name = m[1].replace(/['’]\p{Ll}+(?:\s.*)?$/su, "");
    // "CEO FrieslandCampina:", "CEO BASF": one word spelled as no name of a person is (capitals inside or throughout)
    // is the firm the office belongs to
    if (!/\s/u.test(name) && /^(?!Ma?c\p{Lu})\p{Lu}[\p{L}'’\-]*\p{Ll}\p{Lu}|^\p{Lu}{3,}$/u.test(name)) continue;
    out.add(fold(name));
    const parts = name.split(/\s+/);
    out.add(fold(parts[parts.length - 1]));
  }
  // "Luis Caputo … Caputo said", "Alfonso Fernández Mañueco": a common first name before capitalized words names a
  // person, and the article may later use the surname alone (firms named after founders, "Robert Bosch", are known names)
  // (the rest of the name is read ahead, not consumed: "Presidencia José Luis" must not hide "José Luis Lupo")
  for (const m of text.matchAll(
    /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)(?![\p{L}]))/gu,
  )) {
    if (!FIRST_NAMES.has(fold(m[1]))) continue;
    const rest = m[2];
    const full = `${m[1]} ${rest}`;
    const parts = rest.split(/\s+/);
    if ([full, rest, parts[0]].some((n) => isKnownOrgName(n.toLowerCase()))) continue;
    if (parts.some((p) => ORG_SUFFIX_WORDS.has(fold(p)))) continue;
    // only where an office stands around the name ("el ministro de Economía, Luis Caputo,", "Javier Lambán, presidente")
    const at = m.index ?? 0;
    const before = fold(text.slice(Math.max(0, at - 70), at)).replace(/^.*[.!?;]\s/u, "");
    const end = at + m[0].length + rest.length;
    const after = fold(text.slice(end, end + 40));
    // "Alessandro Migliorini, country manager e director": any of the first three words after the comma
    const titleAfter = /^\s*,\s*((?:[\p{L}]+\s+){0,2}[\p{L}]+)/u.exec(after)?.[1].split(/\s+/) ?? [];
    const titled =
      [...before.matchAll(/[\p{L}]+/gu)].some((w) => TITLE_WORDS.has(w[0])) ||
      titleAfter.some((w) => TITLE_WORDS.has(w));
    if (!titled) continue;
    out.add(fold(full));
    out.add(fold(rest));
    out.add(fold(parts[parts.length - 1]));
  }
  // "Minister of Communication and Digital Affairs Meutya Hafid said": two capitalized words between an office and a
  // speech verb are a person, whatever the first name (and the article may use either word alone later)
  for (const m of SAID_RE.test(text) ? text.matchAll(SPEAKER_RE) : []) {
    const [first, last] = [m[1], m[2]];
    const at = m.index ?? 0;
    const before = fold(text.slice(Math.max(0, at - 70), at)).replace(/^.*[.!?;]\s/u, "");
    if (![...before.matchAll(/[\p{L}]+/gu)].some((w) => TITLE_WORDS.has(w[0]))) continue;
    if (!canBeHolder(first, last)) continue;
    out.add(fold(`${first} ${last}`));
    out.add(fold(first));
    out.add(fold(last));
  }
  // "le ministre des Mines, Abdoulaye Magassouba,", "il presidente della Regione, Luca Zaia e": two capitalized words
  // set off by a comma after an office (and at most five words of what it is the office of) are its holder, whatever
  // the first name
  for (const m of text.matchAll(TITLE_APPOSITION_RE)) {
    const [first, last] = [m[1], m[2]];
    const at = m.index ?? 0;
    const before = fold(text.slice(Math.max(0, at - 80), at).replace(/,\s+$/u, ""));
    const words = [...before.replace(/^.*[.!?;:,]\s/u, "").matchAll(/[\p{L}]+/gu)];
    if (!words.slice(-8).some((w) => TITLE_WORDS.has(w[0]))) continue;
    if (!canBeHolder(first, last)) continue;
    out.add(fold(`${first} ${last}`));
    out.add(fold(last));
  }
  return out;
}

/** Two capitalized words that can name an office's holder: no known firm, no legal suffix or title among them. */
function canBeHolder(first: string, last: string): boolean {
  return (
    !isKnownOrgName(`${first} ${last}`.toLowerCase()) &&
    ![first, last].some((w) => ORG_SUFFIX_WORDS.has(fold(w)) || TITLE_WORDS.has(fold(w)))
  );
}

// after a lower-case word and a comma: two capitalized (or upper-case: "GINA RAIMONDO") words, then a comma, a
// lower-case word or the sentence's end
const TITLE_APPOSITION_RE =
  /(?<=\p{L},\s+)(\p{Lu}\p{Ll}+|\p{Lu}{2,})\s+((?:(?:\p{Lu}\p{Ll}?|d[aei]|de[ls]?|van|von|la|le)\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,})(?=\s*[,;.)]|\s+\p{Ll})/gu;

const SAID_WORDS = unionList("saidWords")
  .filter((w) => /^[\p{L} ]+$/u.test(w))
  .join("|");
const SPEAKER_RE = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+),?\s+(?:${SAID_WORDS})(?![\p{L}])`,
  "gu",
);
/** The speech verb alone: a text without one has no speaker (and this scan is cheaper than SPEAKER_RE's, which
 * tries every pair of capitalized words). */
const SAID_RE = new RegExp(String.raw`(?:${SAID_WORDS})(?![\p{L}])`, "u");

/** Acronyms defined by a state body or a common noun ("Entwicklungszusammenarbeit (EZ)", "PAC (Growth … Program)"). */
export function nonOrgAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  // both patterns need an opening bracket
  if (!text.includes("(")) return out;
  for (const m of text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
    const acro = m[1];
    const at = m.index ?? 0;
    const long = (/([\p{L}][\p{L}&.\- ]{2,80})\s*$/u.exec(text.slice(Math.max(0, at - 80), at))?.[1] ?? "").trim();
    if (long && (isNonOrgDefinition(acro, long, true) || personsTitle(acro, long))) out.add(fold(acro));
  }
  for (const m of text.matchAll(/(\p{Lu}{2,6})\s*\(([^)]{3,80})\)/gu)) {
    if (isNonOrgDefinition(m[1], m[2].trim(), false)) out.add(fold(m[1]));
  }
  return out;
}

/** "Mohamed Kéïta (PDG) et John Nevergole (DG)": after a person's name, letters that spell none of its words are the
 * person's title. */
function personsTitle(acro: string, long: string): boolean {
  const tail = long.split(/\s+/).slice(-3);
  const first = tail.findIndex((w) => FIRST_NAMES.has(fold(w)));
  return first >= 0 && !tail.slice(first).some((w) => w[0] === acro[0]);
}

const ACRONYM_IN_BRACKETS_RE = /\(\p{Lu}{2,6}\)/u;

/** Acronym definitions "Public Investment Fund (PIF)" -> map PIF -> long name. */
export function findAcronyms(text: string, lang: string | null = null): Map<string, string> {
  const out = new Map<string, string>();
  // the pattern below tries every run of capitalized words: first the "(ABC)" it needs, which is cheap to look for
  if (!ACRONYM_IN_BRACKETS_RE.test(text)) return out;
  // "Banco Centroamericano de Integración Económica (BCIE)": small joining words may stand between the capitals
  const re =
    /((?:\p{Lu}[\p{L}&.\-]*\s+(?:(?:de|del|of|di|du|des|der|für|van|do|da|dos|das)\s+)?){1,7})\((\p{Lu}{2,6})\)/gu;
  for (const m of text.matchAll(re)) {
    // the long form lies within its sentence: "… Chemie und Maschinenbau.\nNach Angaben des Handelsministeriums
    // Chinas (MOFCOM)" ends a sentence at "Maschinenbau." (a short "Corp." or "S.A." is an abbreviation, no end)
    const lines = m[1].trim().split("\n");
    const words = lines[lines.length - 1].trim().split(/\s+/);
    let end = words.length - 2;
    while (end >= 0 && !/^[\p{L}-]{5,}[.!?]$/u.test(words[end])) end--;
    const all = words.slice(end + 1);
    const acro = m[2];
    // take as many trailing capitalized words as the acronym has letters (joining words between them come along; a
    // legal suffix spells no letter: "General Motors Corp. (GM)")
    let caps = 0,
      from = all.length;
    while (from > 0 && caps < Math.max(acro.length, 2)) {
      from--;
      if (/^\p{Lu}/u.test(all[from]) && !ORG_SUFFIX_WORDS.has(fold(all[from].replace(/\.$/u, "")))) caps++;
    }
    const take = all.slice(from).filter((w, i) => i > 0 || /^\p{Lu}/u.test(w));
    const k = take.findIndex((w) => w[0].toUpperCase() === acro[0]);
    // "Mohamed Kéïta (PDG) et John Nevergole (DG)": a person's title, no letters of the name before it
    if (k < 0 && take.length && FIRST_NAMES.has(fold(take[0]))) continue;
    const long = (k >= 0 ? take.slice(k) : take).join(" ");
    const bodyBefore = stateBodyBefore(all, k >= 0 ? from + k : from);
    if (
      long.length > acro.length &&
      (long.includes(" ") || odd(long)) &&
      !bodyBefore &&
      !commonWordsName(long, lang) &&
      !long.split(" ").some((w) => isStateBodyWord(fold(w)))
    )
      out.set(acro, long);
  }
  return out;
}

const NAME_HEAD_WORDS = new Set(unionList("nameHeads").map((w) => fold(w)));
/** "Produto Interno Bruto", "Inversión Extranjera Directa": a long form of the language's frequent lower-case words
 * alone, with no company descriptor among them, names a measure or a programme, no firm. */
function commonWordsName(long: string, lang: string | null): boolean {
  // (English capitalizes names' words that its list of lower-case words also holds: "Hunter Valley Operations";
  // German capitalizes every noun)
  const common = lang === "en" || lang === "de" ? new Set<string>() : commonWordsOf(lang);
  if (!common.size || isKnownOrgName(long.toLowerCase())) return false;
  const words = long.split(/\s+/).map((w) => fold(w));
  return (
    words.length >= 2 &&
    words.every((w) => NAME_STOPWORDS.has(w) || common.has(w)) &&
    !words.some((w) => isDescriptor(w) || NAME_HEAD_WORDS.has(w)) &&
    words.some((w) => !NAME_STOPWORDS.has(w))
  );
}

function isNonOrgDefinition(acro: string, long: string, before: boolean): boolean {
  // the words the acronym spells: as many capitalized words as it has letters, with the joining words between them
  // ("Secretaría de Relaciones Exteriores (SRE)"), or the last words when they are not capitalized
  const all = long.split(/\s+/);
  let from = all.length;
  // (a capitalized joining word spells no letter: "Agência Nacional Para o Investimento Privado (ANIP)")
  for (let caps = 0; from > 0 && caps < Math.max(acro.length, 2);)
    if (/^\p{Lu}/u.test(all[--from]) && !NAME_STOPWORDS.has(fold(all[from]))) caps++;
  // (never a negative index: a long form shorter than the acronym is read whole)
  const at = Math.max(0, Math.min(from, all.length - Math.max(acro.length, 2)));
  const words = all.slice(at);
  if (words.some((w) => isStateBodyWord(fold(w)))) return true;
  if (stateBodyBefore(all, at)) return true;
  if (!before) return false;
  // "eine Vermögensverwaltungs-Gesellschaft (SMAP)", "la Société nationale des transports (SNTF)": a company's
  // descriptor written with a capital among the last words names a firm ("the sovereign wealth fund (SWF)" none)
  if (all.slice(-6).some((w) => /^\p{Lu}/u.test(w) && (isDescriptor(w) || isDescriptor(w.split("-").pop() ?? ""))))
    return false;
  const last = all[all.length - 1];
  const prev = all[all.length - 2] ?? "";
  // "plastic bottles (PET)": an abbreviation of lower-case words names a thing
  if (/^\p{Ll}{4,}$/u.test(last) && /^\p{Ll}/u.test(prev)) return true;
  return (
    !odd(last) && (all.length === 1 || /^\p{Ll}/u.test(prev) || NAME_STOPWORDS.has(fold(prev))) && last.length >= 8
  );
}

const DETERMINERS = new Set(lexiconFor("de")?.nounDeterminers ?? []);

const NOT_ADJECTIVES = new Set(lexiconFor("de")?.notAdjectives ?? []);
const DE_ADJECTIVE_ENDING_RE = wordForm("de", "adjectiveEnding");

/** Polish case endings of a name's last word and what the nominative ends in instead. */
const PL_ENDINGS: [RegExp, string][] = (lexiconFor("pl")?.nameCaseEndings ?? []).map(([re, rep]) => [
  new RegExp(re, "u"),
  rep,
]);

/** Polish inflects names: "zakładu Intela", "prezes Boryszewa", "z Toyotą". The nominative, when the article writes it
 * as a name somewhere or it is a known firm ("Intel", "Boryszew", "Toyota"), else the name as written. */
export function polishNominative(name: string, text: string): string {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last)) return name;
  for (const [re, repl] of PL_ENDINGS) {
    if (!re.test(last)) continue;
    const base = last.replace(re, repl);
    if (base.length < 3 || base === last) continue;
    const whole = [...words.slice(0, -1), base].join(" ");
    if (isKnownOrgName(whole.toLowerCase())) return whole;
    if (standsAlone(base, text)) return whole;
  }
  return name;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\d]/u;

/** Does `word` occur in `text` with no letter or digit right before or after it? (What a regex
 * /(?<![\p{L}\d])word(?![\p{L}\d])/u would find, without compiling one per word: this runs for every Polish name.) */
function standsAlone(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const before = at > 0 ? codePointBefore(text, at) : -1;
    const after = end < text.length ? (text.codePointAt(end) ?? -1) : -1;
    if (!isLetterOrDigit(before) && !isLetterOrDigit(after)) return true;
  }
  return false;
}

/** The code point that ends right before `at` (a surrogate pair read as one). */
function codePointBefore(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.codePointAt(at - 2) ?? c;
  }
  return c;
}

function isLetterOrDigit(cp: number): boolean {
  return cp >= 0 && LETTER_OR_DIGIT_RE.test(String.fromCodePoint(cp));
}
