/** Organization and person mentions in a sentence: capitalized runs, descriptors, legal suffixes, known names. */
import { memoize } from "./memo";
import { isStopword, rejectInvestorName } from "./rejects";
import { isKnownOrgName } from "./known-orgs";
import { adjectiveCountry, lookupPlace, lookupTown, polishInflectedPlace } from "./countries";
import {
  CONTINENTS,
  EVENT_WORDS,
  isStateBodyWord,
  GOV_WORDS,
  NAME_HEADS,
  NAME_STOPWORDS,
  NOT_ORG_WORDS,
  ORG_DESCRIPTOR_HEADS,
  ORG_SUFFIXES,
  PERSON_TITLES,
} from "./lexicon/org-words";
import { ACQUISITION_RE, SUBJECT_VERBS, TRIGGER_RE } from "./lexicon/cue-words";
import { anyWordForm, lexiconFor, unionList, unionSource, wordForm } from "./lexicon/all";
import { clauseWords } from "./lexicon/clause-words";
import { allMatches, fold } from "./normalize";
import { LowerTest } from "./lower-test";
import { CURRENCY_PREFIXES, CURRENCY_WORDS, NUMBER_WORDS, SCALE_WORDS } from "./lexicon/money-words";
import { FIRST_NAMES } from "./lexicon/person-words";
import { INTERNATIONAL_BODY_RE } from "./lexicon/never-investors";
import { commonWordsOf, germanCompoundNoun, germanFrequentNoun } from "./lexicon/common-words";
/** articles of every language: an apposition may open with one ("Cummins, an engine manufacturer") */
const ARTICLES = new Set(unionList("articles"));

export type OrgMention = {
  name: string;
  start: number;
  end: number;
  person: boolean;
  /** found through a strong signal (descriptor, legal suffix, odd spelling, verb after it, known name) */
  strong: boolean;
  /** the parent named in a "Parent-Tochter Name" compound */
  parent: string | null;
  /** the mention is sentence-initial or follows only stopwords */
  initial: boolean;
  /** a bare proper name with no organization cue: a candidate only where nothing better stands */
  weak?: boolean;
  /** trusted only because a verb follows it ("Koszty są …" could be a common word opening the sentence) */
  verbOnly?: boolean;
  /** a town's name that a descriptor noun and a verb make a firm's ("o banco Santander inaugurou") */
  town?: boolean;
  /** a firm by the words before it even where a town bears its name ("dei giapponesi di Asahi") */
  notPlace?: boolean;
};

type Tok = { t: string; f: string; s: number; e: number; word: boolean };

// (a plus sign inside a name joins it: "Mann+Hummel"; one that ends it, "Canal+", is left out)
const TOK_RE = /\p{Lu}\/\p{Lu}\b|[\p{L}\p{N}][\p{L}\p{N}\p{M}&.'’\-+]*[\p{L}\p{N}]|[\p{L}\p{N}]|&|[^\s\p{L}\p{N}]/gu;
const DESCRIPTOR_SRC = new RegExp(`(?:${ORG_DESCRIPTOR_HEADS.join("|")})(?:n|en|s|es|e)?$`);
/** A stock ticker with the suffix of its market as news agencies write it ("MSFT.O", "NESN.S", "ALV.DE", "ENI.MI"). */
const TICKER_RE =
  /^\p{Lu}{1,5}\.(?:O|OQ|N|L|S|UL|PA|DE|MI|MC|AS|T|HK|SS|SZ|TO|AX|F|BR|LS|IS|WA|SA|MX|KS|NS|BO|VI|ST|CO|HE|OL|SW|TW)$/u;
/** Memoized test "ends with a company descriptor noun" on a folded token. */
const DESCRIPTOR_RE = { test: memoize((f: string) => DESCRIPTOR_SRC.test(f), 50_000) };
const SUB_COMPOUND_RE = new RegExp(`^(.+)-(?:${unionList("subsidiaryCompoundHeads").join("|")})$`);
/** "Tesla-Fabrik", "Tesla-Chef", "DB-Schenker-Vorstand": the part before the head is an organization. */
const HEAD_COMPOUND_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\p{N}.&\-]*?)-(?:${unionList("companyCompoundHeads").join("|")})$`,
  "u",
);

/** The text right after a name is a company compound's head ("Tesla-Werk", "Wärmepumpen-Werk"): the name is the
 * compound's first part. */
const HEAD_AFTER_RE = new RegExp(String.raw`^-(?:${unionList("companyCompoundHeads").join("|")})(?![\p{L}])`, "u");
export function compoundHeadAfter(textAfter: string): boolean {
  return HEAD_AFTER_RE.test(textAfter);
}

const SUSPENDED_HYPHEN_RE = new RegExp(
  String.raw`^-\s+(?:${[...unionList("andWords"), ...unionList("orWords")].join("|")})(?![\p{L}])`,
  "iu",
);

const tokens = memoize((text: string): Tok[] => tokensRaw(text), 20_000);
/** "PIF-backed", "UK-based" (any language's text may quote such an English adjective) */
const COMPOUND_ADJECTIVE_RE = anyWordForm("compoundAdjective", "iu");

function tokensRaw(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of allMatches(TOK_RE, text)) {
    let t = m[0];
    let s = m.index ?? 0;
    // possessive: "Amazon’s" -> "Amazon" + "’s" (the cheap test first: this runs for every token)
    const pos = t.endsWith("'s") || t.endsWith("’s") ? /^(.+)['’]s$/u.exec(t) : null;
    if (pos) {
      out.push({ t: pos[1], f: fold(pos[1]), s, e: s + pos[1].length, word: true });
      out.push({ t: "'s", f: "'s", s: s + pos[1].length, e: s + t.length, word: false });
      continue;
    }
    // Turkish case endings after an apostrophe: "Türkiye'ye", "Manisa'da", "İzmir'in" are the bare name plus a suffix
    // ("A.Ş’yi", "A.Ş.'nin": a legal form with its dots too)
    const suffix = t.includes("'") || t.includes("’") ? /^(\p{Lu}[\p{L}.]{1,})['’](\p{Ll}{1,5})$/u.exec(t) : null;
    if (suffix && !/^s$/.test(suffix[2])) {
      out.push({ t: suffix[1], f: fold(suffix[1]), s, e: s + suffix[1].length, word: true });
      out.push({
        t: t.slice(suffix[1].length),
        f: fold(t.slice(suffix[1].length)),
        s: s + suffix[1].length,
        e: s + t.length,
        word: false,
      });
      continue;
    }
    // "societa’ Agroverde", "piu' grande": an apostrophe typed for the accent of a word's last vowel (Italian written
    // without accented keys) belongs to that word, so the word stands right before the next one (not a closing quote:
    // no quote opens the word)
    if ((t === "'" || t === "’") && accentApostrophe(text, s, out[out.length - 1])) continue;
    if (t.length > 1 && t.endsWith(".") && !/\.\p{L}/u.test(t)) t = t.slice(0, -1);
    // elided articles "L’objectif", "dell'azienda"
    const el = t.includes("'") || t.includes("’") ? /^(?:[lLdD]|dell|nell|all|sull|dall|un)['’](.+)$/u.exec(t) : null;
    if (el) {
      // "le parc industriel d'Enfidha", "dell'Aquila": an elided preposition stays a word, so a descriptor before it does
      // not name what follows
      const prep = t.slice(0, t.length - el[1].length - 1).toLowerCase();
      if (prep !== "l" && prep !== "un")
        out.push({ t: prep, f: prep === "d" ? "de" : prep, s, e: s + prep.length + 1, word: true });
      s += t.length - el[1].length;
      t = el[1];
    }
    // "PIF-backed", "UK-based": an adjective, not a name
    if (t.includes("-") && COMPOUND_ADJECTIVE_RE?.test(t)) {
      out.push({ t: t.toLowerCase(), f: fold(t), s, e: s + t.length, word: true });
      continue;
    }
    out.push({ t, f: fold(t), s, e: s + t.length, word: wordStart(t.charCodeAt(0), t) });
  }
  return out;
}

/** An apostrophe right after a lower-case word of three letters or more ending in a vowel, before a space, where no
 * quote mark opens that word. */
function accentApostrophe(text: string, s: number, prev: Tok | undefined): boolean {
  if (!prev || !prev.word || prev.e !== s || !/\s/u.test(text[s + 1] ?? "")) return false;
  if (!/^\p{Ll}{2,}[aeiou]$/u.test(prev.t)) return false;
  return !/['’‘"“«]/u.test(text[prev.s - 1] ?? "");
}

/** Does the token open with a letter or digit? (ASCII by its code: this runs for every token) */
function wordStart(c: number, t: string): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(t[0]);
}

/** A company descriptor noun ("Konzern", "maker", "empresa"). */
const SOFT_GOV = new Set(["development", "business"]);

/** A descriptor as one word: a compound ending in one too ("Online-Händlers", "staalbedrijf"), except in the languages
 * that write no such compounds (Polish, English: there "Wenaasgruppen" is a foreign firm's name). */
function descriptorWord(f: string, lang: string | null): boolean {
  return lang === "pl" || lang === "en" ? DESCRIPTOR_WORD_RE.test(f) : DESCRIPTOR_RE.test(f);
}
const DESCRIPTOR_WORD_RE = new RegExp(`^(?:${ORG_DESCRIPTOR_HEADS.join("|")})(?:n|en|s|es|e)?$`);

export function isDescriptor(word: string): boolean {
  return DESCRIPTOR_RE.test(fold(word));
}

function isCap(t: Tok): boolean {
  if (!t.word) return false;
  const code = t.t.charCodeAt(0);
  if (code >= 48 && code <= 57) return /\p{Lu}/u.test(t.t) && /\p{L}/u.test(t.t); // "3M"
  // ASCII by its code (this runs for every token)
  if (code < 0x80) return code >= 65 && code <= 90;
  const c = t.t[0];
  return c !== c.toLowerCase();
}

export function odd(t: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(t.replace(/[&.\-]/g, "")) && t.length >= 2) return true; // BASF, CATL
  if (/\p{Ll}\p{Lu}/u.test(t.replace(/-.*/, ""))) return true; // ChemChina
  if (/\p{L}\.\p{L}{2}/u.test(t)) return true; // Mail.ru
  return false;
}

const EMPTY: Set<string> = new Set();
/** legal forms written before a name, as written (Indonesian PT, Russian and Kazakh joint-stock and limited companies) */
const LEGAL_PREFIXES = new Set(["PT", "PJSC", "JSC", "OJSC", "CJSC", "OOO", "OAO", "ZAO", "PAO", "TOO", "AO"]);
function hasSuffixTok(run: Tok[]): boolean {
  return run.some((t) => isLegalForm(t.f));
}

/** A legal form or company word, folded, its dots optional ("S.R.L." as "srl", "Co." as "co"). */
function isLegalForm(f: string): boolean {
  return ORG_SUFFIXES.has(f) || (f.includes(".") && ORG_SUFFIXES.has(f.replace(/\./g, "")));
}

/** the ISO codes the money finder reads ("USD", "MAD") */
const ISO_CURRENCIES = new Set([...Object.values(CURRENCY_PREFIXES), ...Object.values(CURRENCY_WORDS)]);
const CURRENCY_CODES = new Set([...Object.keys(CURRENCY_PREFIXES), "US", "UK", "EU", "USA", "UAE", "VAE"]);
const DE = lexiconFor("de");
/** "X, CEO of …": a title after the name and a comma makes it a person */
const TITLE_AFTER_RE = new RegExp(String.raw`^,?\s*(?:${unionSource("titlesAfterName")})\b`, "u");
/** "X Group", "X Konzern": a company noun after the name */
const COMPANY_HEADS = new Set(unionList("companyHeadNouns"));
const DE_INITIAL_VERBS = new Set(DE?.initialVerbs ?? []);
const DE_STRONG_VERBS = new Set(DE?.strongSubjectVerbs ?? []);
function isCountryWord(t: string): boolean {
  const p = lookupPlace(t);
  return (p !== null && p.kind === "name") || adjectiveCountry(t) !== null;
}
/** "of" between an office and its portfolio ("ministro de Turismo", "minister van Economische Zaken"), folded */
const OFFICE_OF_WORDS = new Set(unionList("genitiveWords"));
/** "companies", "Unternehmen", "firmy": a plural of "company" (folded) */
const PLURAL_FIRM_WORDS = new Set(unionList("pluralFirmWords"));
const GERMAN_NOUN_SUFFIX = new RegExp(`(?:${(DE?.nounSuffixes ?? []).join("|")})$`);
/** "Britse", "Japanese": a country's adjective that is no country's name ("China" in "China Machinery Engineering
 * Corporation" is part of the name; "het Britse Blue Ocean Capital" is a British firm). */
function adjectiveOnly(t: string): boolean {
  return adjectiveCountry(t) !== null && lookupPlace(t)?.kind !== "name" && !/^\p{Lu}+$/u.test(t);
}

const AND_NAME_RES = new Map<string | null, RegExp>();
/** "and" and a capitalized name of up to three words, right after a name ("ve Fertuna Grup "), as written */
function andNameRe(lang: string | null): RegExp {
  let re = AND_NAME_RES.get(lang);
  if (!re) {
    const ands = lexiconFor(lang)?.andWords ?? [];
    re = ands.length
      ? new RegExp(String.raw`^\s+(?:${ands.join("|")})\s+(?:[\p{Lu}\d][\p{L}\d.&'’-]*\s+){1,3}`, "u")
      : /(?!)/u;
    AND_NAME_RES.set(lang, re);
  }
  return re;
}

/** One of the next two words invests or buys ("Pesa comprará …", "Eco will invest …"): the word before is its subject. */
function investVerbAfter(after: string): boolean {
  const m = /^\s+([\p{L}'’]+)(?:\s+([\p{L}'’]+))?/u.exec(after);
  if (!m) return false;
  return [m[1], m[2]].some((w) => w !== undefined && (TRIGGER.test(fold(w)) || ACQUISITION.test(fold(w))));
}
// the cue regexes run case-sensitively on the lower-cased word, after a look for their words (lower-test.ts)
const TRIGGER = new LowerTest(TRIGGER_RE);
const ACQUISITION = new LowerTest(ACQUISITION_RE);

/** A German capitalized word that reads as a common noun (seen after an article, or with a noun ending). */
function germanNoun(f: string, commonNouns: Set<string>): boolean {
  return commonNouns.has(f) || (f.length > 4 && GERMAN_NOUN_SUFFIX.test(f));
}

/** A German word that reads as a common noun as it stands or with an inflection's ending removed ("Arbeitsplätzen" →
 * "Arbeitsplatz", "Fördersumme" → "Summe"); folded. */
function germanInflectedNoun(f: string): boolean {
  if (germanFrequentNoun(f) || germanCompoundNoun(f)) return true;
  const m = /^(.{4,}?)(?:en|es|er|e|n|s)$/u.exec(f);
  return m !== null && (germanFrequentNoun(m[1]) || germanCompoundNoun(m[1]));
}

/** A verb that follows a company name as its subject: one of the language's own, or another language's that is no
 * frequent word of this one ("firma" signs in Spanish and is a firm in Polish; "a" has in French and is "to" in Italian). */
const OWN_SUBJECT_VERBS = new Map<string | null, ReadonlySet<string>>();
function subjectVerb(f: string, lang: string | null): boolean {
  if (!SUBJECT_VERBS.has(f)) return false;
  return ownSubjectVerb(f, lang) || !commonWordsOf(lang).has(f);
}

/** one of the language's own subject verbs (no other language's); folded */
export function ownSubjectVerb(f: string, lang: string | null): boolean {
  let own = OWN_SUBJECT_VERBS.get(lang);
  if (!own) OWN_SUBJECT_VERBS.set(lang, (own = new Set(lexiconFor(lang)?.subjectVerbs ?? [])));
  return own.has(f);
}

/** "Anglo American", "Banco Santander Central Hispano": a capitalized country adjective after a name word is part of the
 * name (adjectives that follow a noun are written in lower case in the Romance languages, English puts them first). */
function trailingNameAdjective(run: Tok[], lang: string | null): boolean {
  // Turkish puts its capitalized adjectives before the noun ("Schindler Türk asansör firması")
  if (run.length < 2 || lang === "tr") return false;
  const last = run[run.length - 1].t;
  const prev = run[run.length - 2].t;
  return lookupPlace(last) === null && adjectiveCountry(last) !== null && !isPlace(prev) && /^\p{Lu}\p{Ll}/u.test(last);
}

/** A past participle before a preposition ("Estimé à", "Situado en", "Located in"): no name. The article's language's
 * participleEndings and participlePrepositions, compiled once. */
const PARTICIPLES = new Map<string, { ends: RegExp; preps: Set<string> } | null>();
function romanceParticiple(word: string, nextFolded: string, lang: string | null): boolean {
  const lex = lexiconFor(lang);
  if (!lex) return false;
  let p = PARTICIPLES.get(lex.lang);
  if (p === undefined) {
    p = lex.participleEndings.length
      ? {
          ends: new RegExp(String.raw`\p{Ll}{3}(?:${lex.participleEndings.join("|")})$`, "u"),
          preps: new Set(lex.participlePrepositions),
        }
      : null;
    PARTICIPLES.set(lex.lang, p);
  }
  return p !== null && p.ends.test(word) && p.preps.has(nextFolded);
}

// the lower-case words (at most eight) that end the text before a name, after an optional "," or "("
const LOWER_TAIL_RE = /((?:\p{Ll}[\p{Ll}-]*\s+){0,7}\p{Ll}[\p{Ll}-]*)\s*[,(]?\s*$/u;
const ELIDED_G = /\p{L}+['’](?=\p{Ll})/gu;

/** Is the UTF-16 unit a lower-case letter (1), whitespace (2), or neither (0), as /\p{Ll}/u and /\s/u read it alone? */
const UNIT_KIND = new Int8Array(0x10000).fill(-1);
function unitKind(code: number): number {
  let k = UNIT_KIND[code];
  if (k < 0) {
    const c = String.fromCharCode(code);
    k = UNIT_KIND[code] = /\p{Ll}/u.test(c) ? 1 : /\s/u.test(c) ? 2 : 0;
  }
  return k;
}

/**
 * The words of LOWER_TAIL_RE's match in `s` (its group split at the spaces), or null where it finds none, read from
 * the end of `s` instead of tried at every position: the match ends the text, so it is the at most eight runs of
 * lower-case letters and hyphens (each opening with a letter) that end it, before an optional "," or "(" and spaces.
 * A text with surrogates (letters beyond the BMP) is read by the regex itself.
 */
export function lowerTail(s: string): string[] | null {
  const kind = (i: number): number => {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) throw SURROGATE;
    return code === 45 ? 3 : unitKind(code); // 3: the hyphen
  };
  try {
    let i = s.length;
    while (i > 0 && kind(i - 1) === 2) i--;
    if (i > 0 && (s[i - 1] === "," || s[i - 1] === "(")) {
      i--;
      while (i > 0 && kind(i - 1) === 2) i--;
    }
    const words: string[] = [];
    while (words.length < 8) {
      // the run of letters and hyphens that ends at i, and its first letter
      let j = i;
      while (j > 0 && (kind(j - 1) === 1 || kind(j - 1) === 3)) j--;
      let p = j;
      while (p < i && kind(p) !== 1) p++;
      if (p === i) break;
      words.push(s.slice(p, i));
      // an earlier word joins only through spaces right before this word's first letter
      if (p !== j || j === 0 || kind(j - 1) !== 2) break;
      i = j;
      while (i > 0 && kind(i - 1) === 2) i--;
    }
    return words.length ? words.reverse() : null;
  } catch (e) {
    if (e !== SURROGATE) throw e;
    const m = LOWER_TAIL_RE.exec(s);
    return m ? m[1].split(/\s+/) : null;
  }
}
const SURROGATE = new Error("surrogate");
const OF_WORDS = new Set(unionList("genitiveWords"));
// (plain words only: some lexicon entries are regex sources, "da parte d(?:i|el…)")
const CLAUSE_WORDS = new Set(
  [
    ...unionList("relativePronouns"),
    ...unionList("andWords"),
    ...unionList("withWords"),
    ...unionList("byWords"),
  ].filter((w) => /^[\p{L}'’]+$/u.test(w)),
);

/** "Ukraińska firma farmaceutyczna Farmak", "la empresa de ingeniería Supernova", "l'azienda italiana di abbigliamento
 * Calzedonia", "le groupe français, Roullier": a descriptor whose adjectives or "of" complement lead to the name. */
function describedBefore(before: string, lang: string | null): boolean {
  // (the elided articles go first: "l'azienda"; most texts hold no apostrophe, and then nothing changes)
  const tail = lowerTail(before.includes("'") || before.includes("’") ? before.replace(ELIDED_G, "") : before);
  // a descriptor must come before the last word
  if (tail === null || tail.length < 2) return false;
  const words = tail.map((w) => fold(w));
  let at = -1;
  for (let k = words.length - 2; k >= 0 && at < 0; k--) if (DESCRIPTOR_RE.test(words[k])) at = k;
  if (at < 0) return false;
  const between = words.slice(at + 1);
  if (between.length > 6 || between.some((w) => CLAUSE_WORDS.has(w))) return false;
  // only adjectives and "of" complements: no other function word ("terminals in de Rotterdamse"), and some content
  // word among them ("entreprises du Saguenay" names a region)
  const fn = (w: string) => isStopword(w, lang);
  if (between.some((w) => fn(w) && !OF_WORDS.has(w) && !ARTICLES.has(w)) || between.every(fn)) return false;
  // beyond two adjectives, an "of" complement ("de engenharia", "di abbigliamento") must open within them
  return between.length <= 2 || between.slice(0, 3).some((w) => OF_WORDS.has(w));
}

const COPULA_RES = new Map<string, RegExp | null>();
/** A copula right after the name and a descriptor among the next four lower-case words ("es igualmente un holding"). */
function describedAfter(after: string, lang: string | null): boolean {
  const lex = lexiconFor(lang);
  if (!lex) return false;
  let re = COPULA_RES.get(lex.lang);
  if (re === undefined) {
    re = lex.copulas.length
      ? new RegExp(String.raw`^\s+(?:${lex.copulas.join("|")})((?:\s+\p{Ll}[\p{Ll}'’-]*){1,4})`, "u")
      : null;
    COPULA_RES.set(lex.lang, re);
  }
  const m = re?.exec(after);
  return (
    !!m &&
    m[1]
      .trim()
      .split(/\s+/)
      .some((w) => w.length > 3 && DESCRIPTOR_RE.test(fold(w)))
  );
}

/** "de Veldhovense chipmachinefabrikant", "de Aalsmeerse kassenbouwer": an adjective made from a place name (Dutch
 * "-se", "-sche") before a lower-case noun. */
function placeAdjective(run: Tok[], next: Tok | undefined, lang: string | null): boolean {
  return (
    run.length === 1 && !!wordForm(lang, "placeAdjective")?.test(run[0].t) && !!next?.word && /^\p{Ll}/u.test(next.t)
  );
}

/** A name (no place: "Krone şirketi Türkiye'de") right after position `at`. */
function nameFollows(text: string, at: number): boolean {
  const m = /^\s+([\p{Lu}\d][\p{L}\d]*)/u.exec(text.slice(at, at + 40));
  return m !== null && !isPlace(m[1]);
}

const COMPASS_RE = new RegExp(`^(?:${unionSource("compassWords")})$`, "u");
/** "Avrupalı", "Arabistanlı" (after "Suudi"), "İsveçli": a capitalized Turkish word of a place with "-li" (from). */
function turkishPlaceAdjective(t: Tok, before: Tok[], afterPlace: boolean): boolean {
  const m = /^(\p{Lu}\p{Ll}+)l[ıiuü]$/u.exec(t.t);
  if (!m) return false;
  const prev = before[before.length - 1];
  return (
    afterPlace || isPlace(m[1]) || CONTINENTS.has(fold(m[1])) || (prev !== undefined && prev.word && isPlace(prev.t))
  );
}

/** "Grupo Pharma", "Gruppo Tessile": a group word and one capitalized trade word are the group's name. */
function groupAndTrade(run: Tok[]): boolean {
  if (run.length !== 2 || !NAME_HEADS.has(run[0].f) || !/^\p{Lu}/u.test(run[0].t) || !/^\p{Lu}\p{Ll}/u.test(run[1].t))
    return false;
  const w = run[1].f;
  return !NAME_HEADS.has(w) && !NOT_ORG_WORDS.has(w) && !DESCRIPTOR_RE.test(w) && w.length >= 5;
}

/** "MAN", "ONE", "AND" in a sentence not written in capitals: an acronym that spells a function word is a name. */
function capsName(t: Tok, text: string): boolean {
  if (t.t.length < 3 || t.t !== t.t.toUpperCase() || !/^\p{Lu}+$/u.test(t.t)) return false;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const caps = words.filter((w) => w === w.toUpperCase()).length;
  return caps * 3 < words.length;
}

/** "Caisse des Dépôts", "Ciments du Sahel": the language's firmNameParticles join a name of one or two words (past a
 * sentence's capitalized article) unless the run so far already holds an "of" ("Centro de Distribuição da Amazon": a
 * place of a firm, no firm's name) */
function shortRun(toks: Tok[], i: number, j: number): boolean {
  let k0 = i;
  while (k0 < j && NAME_STOPWORDS.has(toks[k0].f)) k0++;
  if (j - k0 > 1) return false;
  for (let k = i; k <= j; k++) if (toks[k].f === "de" || toks[k].f === "of") return false;
  return true;
}
/** the particles between a person's given names and surname ("da", "dos", "von"), as written (lower case) */
const SURNAME_PARTICLES = new Set(unionList("surnameParticles"));
/** A sentence of three or more words written in capitals ("YENİ FABRİKA İÇİN 100 MİLYON DOLAR"). */
function shoutedSentence(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => w === w.toUpperCase());
}

/** Two or more capitals ("CS", "GS") in a sentence not written in capitals: an acronym, not a function word. */
function acronymWord(t: Tok, text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(t.t) && (t.t.length >= 3 ? capsName(t, text) : !/^\P{Ll}*$/u.test(text));
}

function isPlace(t: string): boolean {
  return lookupPlace(t) !== null || adjectiveCountry(t) !== null;
}

/** A firm's name the words themselves make (a firm's compound, a brand in lower case, a firm listed with a known one):
 * trusted, no person, no parent. `start` is the offset in the article. */
export function trustedName(name: string, start: number): OrgMention {
  return { name, start, end: start + name.length, person: false, strong: true, parent: null, initial: false };
}

/** Names already trusted; findOrgs only asks whether a name is one of them (see known-log.ts). */
export type KnownNames = { has(name: string): boolean };

/** "Ulmer", "Kölner": a German town's adjective (germanTownAdjective), or a country's adjective. */
function townAdjective(t: string, lang: string | null): boolean {
  return adjectiveCountry(t) !== null || (lang === "de" && germanTownAdjective(t));
}

/** "Bonner", "Karlsruher": a German adjective made from a town's name (the town, or the town without its final "e",
 * and "-er"), no country's adjective. */
function germanTownAdjective(t: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}er$/u.test(t) || adjectiveCountry(t)) return false;
  const stem = t.slice(0, -2);
  return [stem, stem + "e"].some((s) => lookupPlace(s)?.kind === "city" || lookupTown(s) !== null);
}

/** All organization/person candidates in `text` (offsets relative to `base`). `known` are names already trusted. */
export function findOrgs(
  text: string,
  base: number,
  lang: string | null,
  known: KnownNames,
  persons: Set<string> = EMPTY,
  commonNouns: Set<string> = EMPTY,
  lowerNames: Set<string> = EMPTY,
): OrgMention[] {
  const toks = tokens(text);
  const out: OrgMention[] = [];
  // the last token of the latest run of two or more words that gave no name, else -1
  let droppedRunEnd = -1;
  const pushName = (name: string, at: number) => out.push(trustedName(name, base + at));
  let i = 0;
  while (i < toks.length) {
    const hc = toks[i].word && toks[i].t.includes("-") ? HEAD_COMPOUND_RE.exec(toks[i].t) : null;
    if (hc && !isPlace(hc[1]) && !NOT_ORG_WORDS.has(fold(hc[1]))) {
      const isSub = /-(?:Tochter)$/.test(toks[i].t);
      if (!isSub) {
        pushName(hc[1], toks[i].s);
        i++;
        continue;
      }
    }
    // "Der Drogeriekonzern dm investiert": a name the article writes in lower case, after an article and a descriptor
    if (
      lowerNames.size &&
      toks[i].word &&
      !isCap(toks[i]) &&
      lowerNames.has(toks[i].f) &&
      ((i >= 2 && isCap(toks[i - 1]) && DESCRIPTOR_RE.test(toks[i - 1].f) && ARTICLES.has(toks[i - 2].f)) ||
        // "acmetech will …", "Die acmetech fährt …": opening the sentence, alone or after its article
        ((i === 0 || (i === 1 && ARTICLES.has(toks[0].f))) && toks[i + 1]?.word && subjectVerb(toks[i + 1].f, lang)))
    ) {
      pushName(toks[i].t, toks[i].s);
      i++;
      continue;
    }
    if (!isCap(toks[i])) {
      i++;
      continue;
    }
    // collect a run of capitalized tokens, allowing "&" and "of" inside
    let j = i;
    while (j + 1 < toks.length) {
      const n = toks[j + 1];
      // "Die Schedl-Gruppe": a firm's compound after words that are no name starts a name of its own
      if (
        isCap(n) &&
        n.t.includes("-") &&
        HEAD_COMPOUND_RE.test(n.t) &&
        toks.slice(i, j + 1).every((t) => NAME_STOPWORDS.has(t.f) || townAdjective(t.t, lang))
      )
        break;
      if (isCap(n)) {
        j++;
        continue;
      }
      // Turkish "Beyaz Eşya Sanayi ve Ticaret A.Ş.": "ve" inside a name that goes on to its legal form
      if (
        lang === "tr" &&
        n.f === "ve" &&
        j + 2 < toks.length &&
        TR_TRADE_WORDS.has(toks[j + 2].f) &&
        isCap(toks[j + 2]) &&
        legalFormAhead(toks, j + 2)
      ) {
        j += 2;
        continue;
      }
      if (
        (n.t === "&" ||
          n.f === "of" ||
          n.f === "de" ||
          (!!lexiconFor(lang)?.firmNameParticles.includes(n.t) && shortRun(toks, i, j))) &&
        j + 2 < toks.length &&
        isCap(toks[j + 2]) &&
        !isPlace(toks[j + 2].t) &&
        text.slice(toks[j].e, toks[j + 2].s).length <= 6
      ) {
        j += 2;
        continue;
      }
      break;
    }
    const run = toks.slice(i, j + 1);
    // "Polska Agencja Inwestycji i Handlu", "Ministerio de Industria y Turismo": one word joined by "and" to a
    // longer name that is no firm (a state body) ends that name; it is no firm of its own
    if (j === i && i >= 2 && droppedRunEnd === i - 2 && isAndWord(toks[i - 1], lang) && !known.has(fold(toks[i].t))) {
      i = j + 1;
      continue;
    }
    const before = toks.slice(Math.max(0, i - 3), i);
    const found = out.length;
    handleRun(run, before, toks[j + 1], text, base, lang, known, persons, commonNouns, out, i);
    droppedRunEnd = j > i && out.length === found ? j : -1;
    i = j + 1;
  }
  listedBeside(toks, text, base, lang, persons, out);
  return out;
}

/** "Calb, LiftOne, Savannah, Topsoe, Evebio e United PetFood": in a list of four or more capitalized names joined by
 * commas and "and", where two or more are firms already and none is a place, the others are firms too. */
function listedBeside(
  toks: Tok[],
  text: string,
  base: number,
  lang: string | null,
  persons: Set<string>,
  out: OrgMention[],
): void {
  type Item = { s: number; e: number; t: string; first: Tok };
  // the last token of the name of at most four capitalized words from `m`, and whether a fifth follows (too long)
  const nameEnd = (m: number): [number, boolean] => {
    let n = m;
    while (n + 1 < toks.length && isCap(toks[n + 1]) && n - m < 3) n++;
    return [n, n + 1 < toks.length && isCap(toks[n + 1])];
  };
  const item = (m: number, n: number): Item => ({
    s: toks[m].s,
    e: toks[n].e,
    t: text.slice(toks[m].s, toks[n].e),
    first: toks[m],
  });
  let k = 0;
  while (k < toks.length) {
    const items: Item[] = [];
    let m = k;
    for (;;) {
      if (m >= toks.length || !isCap(toks[m])) break;
      const [n, tooLong] = nameEnd(m);
      if (tooLong) break;
      items.push(item(m, n));
      const sep = toks[n + 1];
      if (!sep || !(sep.t === "," || isAndWord(sep, lang)) || text.slice(toks[n].e, sep.s).trim()) break;
      if (isAndWord(sep, lang)) {
        m = n + 2;
        if (m < toks.length && isCap(toks[m])) {
          const [q, last] = nameEnd(m);
          if (!last) items.push(item(m, q));
          m = q + 1;
        }
        break;
      }
      m = n + 2;
    }
    if (items.length >= 4) {
      const at = (it: Item) => out.filter((o) => o.start < base + it.e && o.end > base + it.s);
      const firm = (it: Item) => at(it).some((o) => !o.weak && !o.person);
      const plain = items.every(
        (it) =>
          lookupPlace(it.t)?.kind !== "name" &&
          !adjectiveCountry(it.t) &&
          !NAME_STOPWORDS.has(it.first.f) &&
          !persons.has(it.t),
      );
      if (items.filter(firm).length >= 2 && plain) {
        for (const it of items) {
          if (firm(it) || at(it).some((o) => o.person)) continue;
          // (German capitalizes nouns: "Lumitek hält 70 Prozent, Varta, Korvex und NXP je 10 Prozent" lists no "Prozent")
          if (lang === "de" && !it.t.includes(" ") && germanFrequentNoun(it.first.f)) continue;
          for (const o of at(it)) out.splice(out.indexOf(o), 1);
          out.push(trustedName(it.t, base + it.s));
        }
        out.sort((a, b) => a.start - b.start);
      }
    }
    k = Math.max(m, k + 1);
  }
}

/** Turkish legal forms that end a registered name ("A.Ş", "AŞ", "Ltd", "Şti", "Anonim Şirketi"), folded */
const TR_LEGAL_FORMS = new Set(lexiconFor("tr")?.registeredNameLegalForms ?? []);
/** "Sanayi ve Ticaret", "San. ve Tic.", "İnşaat ve Pazarlama": the trade words after "ve" in a registered name, folded */
const TR_TRADE_WORDS = new Set(lexiconFor("tr")?.registeredNameTradeWords ?? []);
/** The capitalized words from `k` on reach a Turkish legal form within four words. */
function legalFormAhead(toks: Tok[], k: number): boolean {
  for (let m = k; m < Math.min(toks.length, k + 4) && isCap(toks[m]); m++)
    if (TR_LEGAL_FORMS.has(toks[m].f.replace(/\.$/, ""))) return true;
  return false;
}

const AND_RES = new Map<string, RegExp>();
/** The word is "and" in the article's language (clause-words.ts; every language's shared words when unknown). */
function isAndWord(t: Tok, lang: string | null): boolean {
  const key = lang ?? "";
  let re = AND_RES.get(key);
  if (!re) AND_RES.set(key, (re = new RegExp(`^(?:${clauseWords(lang).and})$`, "iu")));
  return re.test(t.t);
}

/** a list item's bullet */
const BULLET_RE = /^[-–—•*·▪►]$/u;
/** the name's amount right after it in a list item: ", de 150 milhões", ": $20 million", " – 30 Mio. Euro" */
const LIST_AMOUNT_AFTER_RE = /^\s*[,:–—-]\s*(?:\p{Ll}+\s+){0,2}(?:\p{Sc}\s*)?\d/u;

function handleRun(
  run: Tok[],
  before: Tok[],
  next: Tok | undefined,
  text: string,
  base: number,
  lang: string | null,
  known: KnownNames,
  persons: Set<string>,
  commonNouns: Set<string>,
  out: OrgMention[],
  index: number,
): void {
  // "Microsoft MSFT.O": the stock ticker after a name is no part of it
  if (run.length > 1 && TICKER_RE.test(run[run.length - 1].t)) {
    next = run[run.length - 1];
    run = run.slice(0, -1);
  }
  // the run as written, before words are cut from its start
  const written = run;
  let strongDesc = false;
  let person = false;
  let parent: string | null = null;
  // a descriptor inside the run ("E-Commerce-Riese Alibaba", "Mischkonzern Beijing …") cuts the run after it
  let cut = -1;
  // a name known as a whole ("General Motors", "Saudi Aramco") keeps its first word
  // (with its legal suffix too: "General Motors Corp.", whose "General" is also a title)
  const wholeKnown =
    isKnownOrgName(text.slice(run[0].s, run[run.length - 1].e).toLowerCase()) ||
    (run.length >= 3 &&
      ORG_SUFFIXES.has(run[run.length - 1].f) &&
      isKnownOrgName(text.slice(run[0].s, run[run.length - 2].e).toLowerCase()));
  // the last "de"/"of" of the run (a token before it is joined to the rest; one scan, not one per token)
  let lastJoin = -1;
  for (let k = 0; k < run.length; k++) if (run[k].f === "de" || run[k].f === "of") lastJoin = k;
  if (!wholeKnown)
    run.forEach((t, k) => {
      // "Banco Centroamericano de Integración", "Bank of America": a descriptor joined to the rest by "de"/"of" names the body
      const joined = lastJoin > k;
      // ("COSCO Shipping Holdings Co": a descriptor followed only by a legal form ends the firm's own name)
      if (
        k < run.length - 1 &&
        !run.slice(k + 1).every((x) => ORG_SUFFIXES.has(x.f)) &&
        ((DESCRIPTOR_RE.test(t.f) && !NAME_HEADS.has(t.f) && !joined) ||
          PERSON_TITLES.has(t.f) ||
          (k === 0 && PLURAL_FIRM_WORDS.has(t.f)))
      )
        cut = k;
    });
  // "Fondo Monetario Internacional", "Compagnie Générale des Eaux": outside German and English a capitalized
  // descriptor opening a longer run begins the body's own name
  if (cut === 0 && run.length >= 3 && (lang === "es" || lang === "it" || lang === "pt" || lang === "fr")) cut = -1;
  if (cut >= 0) {
    const d = run[cut];
    // "Özak Holding Yönetim Kurulu Başkanı Ahmet Akbalık": the firm whose office the title names stands before the
    // title and the board's words (Turkish writes the organization first)
    if (PERSON_TITLES.has(d.f) && cut > 0 && wordForm(lang, "companyOfficeTitle")?.test(d.f)) {
      const boardWord = wordForm(lang, "boardWordBeforeTitle");
      let k = cut;
      while (k > 0 && boardWord?.test(run[k - 1].f)) k--;
      if (k > 0 && boardWord)
        handleRun(run.slice(0, k), before, run[k], text, base, lang, known, persons, commonNouns, out, index);
    }
    if (PERSON_TITLES.has(d.f)) person = true;
    else strongDesc = true;
    const sub = SUB_COMPOUND_RE.exec(d.t.toLowerCase() === d.t ? "" : d.f);
    if (sub) parent = d.t.slice(0, sub[1].length);
    run = run.slice(cut + 1);
  }
  // "John Smith of Northwind Corp": the organization is after "of"
  let ofAt = run.length - 1;
  while (ofAt >= 0 && run[ofAt].f !== "of") ofAt--;
  if (
    ofAt > 0 &&
    !run.slice(0, ofAt).some((t) => ORG_SUFFIXES.has(t.f)) &&
    run.slice(ofAt + 1).some((t) => ORG_SUFFIXES.has(t.f))
  ) {
    run = run.slice(ofAt + 1);
    person = false;
  }
  // strip leading stopwords, countries, adjectives (a country word stays in "China Machinery Engineering Corporation")
  const runStart = run[0]?.t;
  // "PT Vale Indonesia", "PJSC Gazprom": a legal form written before the name
  const legalPrefix = run.length >= 2 && LEGAL_PREFIXES.has(run[0].t);
  // ("ABD Group", "US Steel": a country's upper-case short name before a firm's head word is the firm's name)
  // "dei giapponesi di Asahi", "i cinesi di Shanghai Electric": a country's people "of" a name make it a firm, even one
  // that is also a town's name
  const peopleOf =
    before.length === 3 &&
    before.every((t) => t.word) &&
    OF_WORDS.has(before[2].f) &&
    adjectiveCountry(before[1].t) !== null &&
    !!wordForm(lang, "peopleArticle")?.test(before[0].f);
  const keepPlace =
    peopleOf ||
    wholeKnown ||
    legalPrefix ||
    (run.length >= 3 && isLegalForm(run[run.length - 1].f)) ||
    (run.length === 2 && ORG_SUFFIXES.has(run[1].f) && /^\p{Lu}{2,4}$/u.test(run[0].t));
  // "o banco Santander inaugurou", "la empresa Toledo construirá": a town's name between a descriptor noun and a verb of
  // the language's subjects names the firm
  const b0 = before[before.length - 1];
  const describedTown =
    run.length === 1 &&
    lookupPlace(run[0].t)?.kind === "city" &&
    (strongDesc || (b0 !== undefined && b0.word && !isCap(b0) && (DESCRIPTOR_RE.test(b0.f) || NAME_HEADS.has(b0.f)))) &&
    next !== undefined &&
    next.word &&
    ownSubjectVerb(next.f, lang);
  if (run.length && !peopleOf && run.every((t) => isPlace(t.t)) && !describedTown) return;
  if (describedTown) strongDesc = true;
  // "Für InPost", "Pese a Envision": a capitalized function word opening the sentence is no part of the name
  // ("CS Wind Group", "GS Caltex": letters in capitals are an acronym, whatever word they spell)
  while (run.length > 1 && !wholeKnown && !legalPrefix && isStopword(run[0].f, lang) && !acronymWord(run[0], text)) {
    // "O Grupo Hoti Hotéis": a descriptor the stopword list also holds still marks the firm after it
    if (DESCRIPTOR_RE.test(run[0].f)) strongDesc = true;
    run = run.slice(1);
  }
  let nationalityBefore = false;
  let nationalityEnd = -1;
  while (
    run.length &&
    !wholeKnown &&
    !legalPrefix &&
    ((NAME_STOPWORDS.has(run[0].f) && !capsName(run[0], text)) ||
      // ("National Shipping Company": a word that is no name alone opens a name of company words)
      (NOT_ORG_WORDS.has(run[0].f) && !(run.length >= 3 && run.slice(1).every((t) => isLegalForm(t.f)))) ||
      NUMBER_WORDS[run[0].f] !== undefined ||
      // ("3 Md€" is a scale; "il gruppo Md", with no figure before it, a name)
      (SCALE_WORDS[run[0].f] !== undefined && (run[0].f.length > 3 || /\d/.test(before[before.length - 1]?.t ?? ""))) ||
      CURRENCY_WORDS[run[0].f] !== undefined ||
      (!keepPlace && isCountryWord(run[0].t)) ||
      (run.length > 1 && adjectiveOnly(run[0].t)) ||
      PERSON_TITLES.has(run[0].f))
  ) {
    if (PERSON_TITLES.has(run[0].f)) person = true;
    // "von der Firma Acme": a descriptor noun that is no name of its own still marks the firm after it
    else if (run.length > 1 && DESCRIPTOR_RE.test(run[0].f)) strongDesc = true;
    // "l'Allemand Stahlschmidt", "der Chinese BYD": a nationality noun right before the name marks a firm
    else if (run.length > 1 && adjectiveCountry(run[0].t) !== null) {
      nationalityBefore = true;
      nationalityEnd = run[0].e;
    }
    run = run.slice(1);
  }
  // "Yörsan Dubaili Abraaj", "Dubaili Abraaj": a Turkish adjective of a place ("-li", from) inside the run ends what goes
  // before it (a brand, a place) and marks the firm after it, as a country's adjective does
  if (lang === "tr" && !wholeKnown && run.length >= 2) {
    let k = run.length - 2;
    while (k >= 0 && !turkishPlaceAdjective(run[k], [...before, ...run.slice(0, k)], false)) k--;
    // ("Ankara-Polatlı Düzcam Fabrikası": a plant named after its town stays a plant)
    const last = run[run.length - 1].f;
    if (k >= 0 && !(lexiconFor(lang)?.plantNouns ?? []).some((p) => last.startsWith(p))) {
      nationalityBefore = true;
      nationalityEnd = run[k].e;
      run = run.slice(k + 1);
    }
  }
  // "der Bonner Konzern", "der Karlsruher MiRO": a German town's adjective before a descriptor noun or a firm's short
  // name is no part of a name (the descriptor alone names no firm; "Berliner Bank" keeps its town)
  if (lang === "de" && !wholeKnown && run.length === 2 && germanTownAdjective(run[0].t)) {
    const rest = run[1];
    if ((descriptorWord(rest.f, lang) && !rest.f.endsWith("bank")) || NOT_ORG_WORDS.has(rest.f)) return;
    if (odd(rest.t) || isKnownOrgName(rest.t.toLowerCase())) run = run.slice(1);
  }
  // "Sicherung von 49 Arbeitsplätzen Hüttner Maschinenfabrik GmbH": German capitalizes its nouns, so the nouns that
  // open a run ending in a legal form belong to the words before the name
  if (lang === "de" && !wholeKnown) {
    let k = 0;
    const last = run.length - 1;
    while (
      k < last - 1 &&
      !isLegalForm(run[k].f) &&
      (germanInflectedNoun(run[k].f) || commonNouns.has(run[k].f)) &&
      !isKnownOrgName(run[k].t.toLowerCase()) &&
      !isPlace(run[k + 1].t) &&
      !isLegalForm(run[k + 1].f)
    )
      k++;
    if (k > 0 && isLegalForm(run[last].f)) run = run.slice(k);
  }
  // strip trailing stopwords and places ("Edotco Group of Malaysia"); "Grupo México" is the group's name, not a group in Mexico
  const headAndPlace = run.length === 2 && NAME_HEADS.has(run[0].f) && isPlace(run[1].t) && /^\p{Lu}/u.test(run[0].t);
  // where the written name ends, before a place is stripped ("Wemeco Poland, producent wyrobów …": the apposition
  // follows the whole name)
  const writtenEnd = run.length ? run[run.length - 1].e : 0;
  while (
    run.length &&
    !headAndPlace &&
    !(peopleOf && !NAME_STOPWORDS.has(run[run.length - 1].f)) &&
    ((NAME_STOPWORDS.has(run[run.length - 1].f) && !capsName(run[run.length - 1], text)) ||
      (isPlace(run[run.length - 1].t) && !trailingNameAdjective(run, lang) && !describedTown) ||
      run[run.length - 1].f === "of" ||
      run[run.length - 1].t === "&")
  )
    run = run.slice(0, -1);
  if (!run.length) return;
  // "Kuzey Amerika'daki", "North America": a compass word is left of a region whose place was stripped
  if (run.length === 1 && writtenEnd > run[0].e && COMPASS_RE.test(run[0].f)) return;
  // "Suudi Arabistanlı", "Avrupalı müşteriler": a Turkish adjective of a place ("-li", from), no firm
  if (lang === "tr" && run.length === 1 && !wholeKnown && turkishPlaceAdjective(run[0], before, nationalityBefore))
    return;
  if (
    !wholeKnown &&
    run.every((t) => ORG_SUFFIXES.has(t.f) || NOT_ORG_WORDS.has(t.f)) &&
    !(run.length >= 3 && NOT_ORG_WORDS.has(run[0].f) && run.slice(1).every((t) => isLegalForm(t.f))) &&
    !groupAndTrade(run)
  )
    return;
  // "Online-Händlers" (German joins a descriptor to the word before it; in Polish or English "Wenaasgruppen" is a name)
  if (run.length === 1 && descriptorWord(run[0].f, lang) && !odd(run[0].t)) return;
  if (run.length === 1 && NAME_HEADS.has(run[0].f) && !wholeKnown) return; // "la Banque a aussi annoncé", "el Grupo"
  if (run.length === 1 && CONTINENTS.has(run[0].f)) return;
  // "EE. UU.", "EE.UU.": a country's dotted abbreviation split into capital runs
  if (run.length === 1 && /^\p{Lu}{1,3}$/u.test(run[0].t) && inDottedPlace(text, run[0].s, run[0].e)) return;
  // "Szczecinie", "Europie": a Polish place in the locative
  if (
    lang === "pl" &&
    run.length <= 2 &&
    run.every((t) => polishInflectedPlace(t.t) !== null || /^(?:europ|azj|afryc|ameryc)/u.test(t.f))
  )
    return;
  const name = text.slice(run[0].s, run[run.length - 1].e);
  const folded = fold(name);
  if (run.length === 1 && NOT_ORG_WORDS.has(folded)) return;
  // "1,2 Milliarden Schweizer Franken": a capitalized currency word is money, not a firm
  if (run.length === 1 && CURRENCY_WORDS[folded] !== undefined) return;
  if (/^\d+$/.test(name)) return;
  // descriptor or title just before the run (lower-case descriptors, "firm Fairfax", "President Lula")
  const b1 = before[before.length - 1],
    b2 = before[before.length - 2];
  // "sommet Choose France", "Munich Security Conference": the name of an event, not an investor
  if (b1 && b1.word && EVENT_WORDS.has(b1.f)) return;
  if (next !== undefined && next.word && EVENT_WORDS.has(next.f) && !hasSuffixTok(run)) return;
  // "the US-Africa Leaders’ summit": a plural possessive before the event word
  const possEvent = /^['’]s?\s+([\p{L}]+)/u.exec(text.slice(run[run.length - 1].e, run[run.length - 1].e + 30));
  if (possEvent && EVENT_WORDS.has(fold(possEvent[1])) && !hasSuffixTok(run)) return;
  if (EVENT_WORDS.has(run[run.length - 1].f) && !hasSuffixTok(run)) return; // "Climate Change Conference", "This Summit"
  // "al ministro de Turismo, David Collado", "Minister of Trade": the office's portfolio, not a firm
  // ("managing director of Acme", "Geschäftsführer von Acme": a firm's office names the firm after it)
  if (b1 && b2 && b1.word && b2.word && OFFICE_OF_WORDS.has(b1.f) && PERSON_TITLES.has(b2.f) && !wholeKnown) {
    if (!wordForm(lang, "companyOfficeTitle")?.test(b2.f)) return;
    strongDesc = true;
  }
  // "il ministro egiziano dell'Industria e del commercio estero", "le ministre de l'Industrie et du Commerce": every
  // portfolio in the chain of "of"s after a minister's office
  if (!wholeKnown && portfolioOf(text.slice(Math.max(0, run[0].s - 160), run[0].s), lang)) return;
  let adjBefore = (nationalityBefore && run[0].s - nationalityEnd <= 1) || peopleOf;
  if (b1 && b1.word) {
    if (PERSON_TITLES.has(b1.f)) person = true;
    else if (DESCRIPTOR_RE.test(b1.f)) strongDesc = true;
    else if (adjectiveCountry(b1.t)) adjBefore = true;
  }
  if (
    !strongDesc &&
    !person &&
    lang !== "de" &&
    describedBefore(text.slice(Math.max(0, run[0].s - 90), run[0].s), lang)
  )
    strongDesc = true;
  // "Türkiye'nin önde gelen şirketlerinden (biri olan) Acme": named as one of a group, a firm
  if (
    !strongDesc &&
    !person &&
    wordForm(lang, "oneOfBeforeName")?.test(fold(text.slice(Math.max(0, run[0].s - 60), run[0].s)))
  )
    strongDesc = true;
  // "am Schweizer Hauptsitz", "den Schweizer Anteil": German capitalizes its nouns, so a frequent noun or a compound
  // of one after a country's adjective is no firm
  if (
    adjBefore &&
    lang === "de" &&
    run.length === 1 &&
    !wholeKnown &&
    (germanCompoundNoun(run[0].f) || germanFrequentNoun(run[0].f))
  )
    adjBefore = false;
  // "Germany's Volkswagen", Turkish "ABD'li Coca Cola" (-li: "from")
  if (b1 && (b1.t === "'s" || /^['’][lL][iıuüIİUÜ]$/u.test(b1.t)) && b2 && b2.word && isPlace(b2.t)) adjBefore = true;
  const prevTok = before[before.length - 1];
  if (
    prevTok &&
    !prevTok.word &&
    prevTok.t === "," &&
    before.length >= 2 &&
    PERSON_TITLES.has(before[before.length - 2].f)
  )
    person = true;
  const after = fold(text.slice(run[run.length - 1].e, run[run.length - 1].e + 30));
  if (TITLE_AFTER_RE.test(after)) person = true;
  const nextIsHead = next !== undefined && next.word && COMPANY_HEADS.has(next.f);
  if (
    FIRST_NAMES.has(run[0].f) &&
    run.length >= 2 &&
    run.length <= 3 &&
    !nextIsHead &&
    !known.has(folded) &&
    !run.some((t) => isPlace(t.t) || ORG_SUFFIXES.has(t.f) || t.t === "&")
  )
    person = true;
  if (persons.has(folded) || (run.length === 1 && persons.has(run[0].f))) person = true;
  // "Luiz Inácio Lula da Silva", "Ursula von der Leyen": the surname after a particle goes on the person just named
  if (!person && !hasSuffixTok(run) && b1?.word && b2?.word && SURNAME_PARTICLES.has(b1.t) && persons.has(b2.f))
    person = true;
  // "Orascom Development", "Tata Business": a firm's own name ending in a soft word is still a firm
  const softEnd =
    run.length === 2 &&
    SOFT_GOV.has(run[1].f) &&
    !isCountryWord(run[0].t) &&
    !GOV_WORDS.has(run[0].f) &&
    /^\p{Lu}/u.test(run[0].t);
  // a state body's head opens or ends its name ("Ministry of Economy", "Investment Promotion Agency"); inside a longer
  // name the word is the firm's own ("Acme Summit Resources")
  const govAt = (t: Tok) => isStateBodyWord(t.f);
  if (!softEnd && !wholeKnown && (govAt(run[0]) || govAt(run[run.length - 1]))) return;
  // "P1", "A3", "R1.65-billion" are amounts or models; "H2V" is a name, and so is a code that opens a name of three words or more after a
  // descriptor ("la società P3 Logistic Parks")
  if (
    run.some((t) => /^\p{Lu}{1,3}\d[\d.,]*(?:-?(?:bn|mn|m|million|billion|trillion))?$/u.test(t.t)) &&
    !(run.length >= 3 && b1?.word && DESCRIPTOR_RE.test(b1.f))
  )
    return;
  // "Nestle (NESN.S)", "Huawei [HWT.UL]", "Microsoft MSFT.O": a stock ticker (with a market's suffix, or in brackets); "México D.F.", "T.C.":
  // initials of a place or state
  if (
    run.length === 1 &&
    !known.has(folded) &&
    (TICKER_RE.test(run[0].t) ||
      (/^\p{Lu}{2,5}\.\p{Lu}{1,2}$/u.test(run[0].t) &&
        /[([]\s*$/u.test(text.slice(Math.max(0, run[0].s - 2), run[0].s))) ||
      /^\p{Lu}\.\p{Lu}$/u.test(run[0].t))
  )
    return;
  // "42De", "00Os Estados Unidos": figures glued to the next word by a lost space, no name
  // ("3Services Factory S.A.", with its legal form, is a name)
  if (/^\d+\p{Lu}\p{Ll}/u.test(run[0].t) && !hasSuffixTok(run)) return;
  const hasSuffix = run.some((t) => isLegalForm(t.f)) || (legalPrefix && run[0].t === runStart);
  if (hasSuffix) person = false;
  const initialPos = before.every((b) => !b.word || NAME_STOPWORDS.has(b.f)) && index <= 2;
  // Turkish marks a sentence's subject with a comma and puts the verb last: "Toyota, Türkiye'ye … yatırım yapacak"
  // (a town opening a list of places is no topic: "Bodrum, Kemer ve Didim'e … 3 otel")
  const turkishTopic =
    lang === "tr" &&
    initialPos &&
    next !== undefined &&
    next.t === "," &&
    run.length <= 4 &&
    !(run.length === 1 && lookupTown(run[0].t) !== null);
  const nextVerb =
    turkishTopic ||
    (next !== undefined &&
      next.word &&
      subjectVerb(next.f, lang) &&
      (lang !== "de" ||
        (DE_STRONG_VERBS.has(next.f) && !(initialPos && run.length === 1)) ||
        (initialPos &&
          run.length <= 2 &&
          DE_INITIAL_VERBS.has(next.f) &&
          !run.some((t) => germanNoun(t.f, commonNouns) || !!wordForm(lang, "verbEnding")?.test(t.f)))));
  // "Acme za około 10 mln zł wybuduje …": the price between the name and its verb
  const priceThenVerb =
    !nextVerb &&
    next !== undefined &&
    next.word &&
    (() => {
      const after = text.slice(run[run.length - 1].e, run[run.length - 1].e + 80);
      const price = wordForm(lang, "amountBeforeVerb", "iu")?.exec(after);
      const verb = price ? /^\s+(\p{L}+)/u.exec(after.slice(price[0].length)) : null;
      return verb !== null && subjectVerb(fold(verb[1]), lang);
    })();
  // "Acme, controlled by Borin, will invest …", "A Acme, que pertence ao grupo Borin, comprou …": a clause set off by
  // commas between the name and its verb
  const clauseThenVerb =
    !nextVerb &&
    !priceThenVerb &&
    next !== undefined &&
    next.t === "," &&
    (() => {
      const m = /^\s*,\s*(?=\p{Ll})[^,.;:!?()"“”«»]{4,80},\s+(\p{L}+)/u.exec(
        text.slice(run[run.length - 1].e, run[run.length - 1].e + 100),
      );
      return m !== null && ownSubjectVerb(fold(m[1]), lang);
    })();
  // "Vilsan 30 milyon liraya Vimar’a satıldı", "Yörsan Abraaj’ın oldu", "hisseler Acme tarafından satın alındı": the
  // words after the name make it the buyer (a Turkish case suffix and the verb of selling, or the word for "by")
  // (not a sentence's first word: "Ürünler başlıca Avrupalı alıcılara satılacak" names what is sold)
  const buyerCue =
    !initialPos &&
    !nextVerb &&
    !priceThenVerb &&
    !clauseThenVerb &&
    (() => {
      const wf = wordForm(lang, "buyerAfterName");
      if (!wf) return false;
      const raw = text.slice(run[run.length - 1].e, run[run.length - 1].e + 80);
      const afterName = fold(raw.slice(0, 60));
      if (wf.test(afterName)) return true;
      const agent = wordForm(lang, "agentAfterName");
      if (!agent) return false;
      // ("Turkmall ve Fertuna Grup tarafından": the first of two names joined by "and" before the word for "by")
      const m = andNameRe(lang).exec(raw);
      return agent.test(afterName) || (m !== null && agent.test(fold(raw.slice(m[0].length - 1))));
    })();
  // "CFMonto que inaugura su primera planta", "Dari Couspate qui va acquérir …": a subject relative and a verb of the
  // name's own acts right after it
  const relativeThenVerb =
    !nextVerb &&
    !priceThenVerb &&
    !clauseThenVerb &&
    next !== undefined &&
    // ("la Penisola che …": a common word of the language, capitalized, is no firm)
    !run.some((t) => commonWordsOf(lang).has(t.f)) &&
    (() => {
      const m = wordForm(lang, "subjectRelativeAfterName")?.exec(
        text.slice(run[run.length - 1].e, run[run.length - 1].e + 60),
      );
      return !!m && ownSubjectVerb(fold(m[1]), lang);
    })();
  const isKnown =
    known.has(folded) ||
    (run.length > 2 && known.has(fold(text.slice(run[0].s, run[1].e)))) ||
    (run.length === 1 && known.has(`${folded} *`));
  const nextHead =
    next !== undefined &&
    next.word &&
    !isCap(next) &&
    ((ORG_SUFFIXES.has(next.f) && next.t.toLowerCase() === next.f) || COMPANY_HEADS.has(next.f)) && // Polish "są" is no "SA"
    // Turkish "İnovasyon şirketi 3M": a head noun before another name makes the word before it a description
    !(lang === "tr" && COMPANY_HEADS.has(next.f) && nameFollows(text, next.e));
  // "Cummins, an engine manufacturer,", "Turkcell, Türkiye'nin önde gelen operatörü,": a descriptor in apposition
  const appos = /^\s*(?:,|[-–—](?=\s))\s*([^,.;:()]{3,60})/u.exec(text.slice(writtenEnd, writtenEnd + 64));
  // (", pela mão do grupo …" opens with a preposition: no apposition)
  const apposFirst = appos ? fold(appos[1].split(/\s+/)[0]) : "";
  const apposDesc =
    appos !== null &&
    (!isStopword(apposFirst, lang) || ARTICLES.has(apposFirst) || DESCRIPTOR_RE.test(apposFirst)) &&
    appos[1]
      .split(/\s+/)
      .slice(0, 4)
      .some((w) => w.length > 3 && DESCRIPTOR_RE.test(fold(w.replace(/['’].*$/, ""))));
  // "Marubeni es igualmente un holding nipón": the name is what a copula and a descriptor say it is
  const copulaDesc = describedAfter(text.slice(writtenEnd, writtenEnd + 60), lang);
  // "- Amkor Technology, de 150 milhões de euros, para …", "• Acme: $20 million for …": a list item that opens with a
  // name and its amount
  const bulletLead =
    index <= 2 &&
    before.length > 0 &&
    before.every((b) => !b.word && BULLET_RE.test(b.t)) &&
    next !== undefined &&
    !next.word &&
    LIST_AMOUNT_AFTER_RE.test(text.slice(writtenEnd, writtenEnd + 40));
  const strong =
    bulletLead ||
    copulaDesc ||
    strongDesc ||
    adjBefore ||
    hasSuffix ||
    nextHead ||
    apposDesc ||
    run.some((t) => odd(t.t)) ||
    isKnown ||
    parent !== null ||
    priceThenVerb ||
    clauseThenVerb ||
    buyerCue ||
    relativeThenVerb ||
    (nextVerb && (lang !== "de" || run.length <= 3));
  const initial = before.every((b) => !b.word || NAME_STOPWORDS.has(b.f)) && index <= 2;
  // "Energetyczna grupa wkrótce ruszy …": an adjective opening the sentence before a lower-case company noun describes
  // the firm (Polish puts the name after the noun); it names none
  if (
    initial &&
    run.length === 1 &&
    nextHead &&
    !isKnown &&
    !hasSuffix &&
    !!wordForm(lang, "adjectiveEnding")?.test(run[0].t.toLowerCase())
  )
    return;
  // "Yatırımın, Türkiye'nin …", "Zlecenie obejmuje …": a common word of the article that opens a sentence
  if (lang !== "de" && initial && run.length === 1 && !isKnown && !hasSuffix && commonNouns.has(run[0].f)) return;
  // "Eylül", "Mart", "Cuma": a month or weekday of the article's language, alone and with no descriptor ("groupe Avril")
  // (the Romance languages write their months in lower case: "le fabricant de confiseries Mars va investir", a
  // capitalized one in mid-sentence before its verb is a name)
  const romance = lang === "fr" || lang === "es" || lang === "it" || lang === "pt";
  if (
    run.length === 1 &&
    !isKnown &&
    !hasSuffix &&
    !strongDesc &&
    clauseWords(lang).calendarWords.has(run[0].f) &&
    !(romance && !initialPos && next !== undefined && next.word && ownSubjectVerb(next.f, lang))
  )
    return;
  // "Daarmee investeert …", "Całość …", "Kürzlich hat …": a frequent lower-case word of the language opens the sentence
  // or follows a colon ("Investissement : Plus de 30 millions")
  // (outside the verb-second languages a purchase verb right after it makes it the subject: "Pesa comprará …"; Turkish
  // puts its verb last, so a word of investing after it is a noun: "Yeni yatırım, …")
  // (a full stop inside the sentence, as in a quote of several sentences, opens one too: "… naar de VS. Naast Houston …")
  if (
    (initial || /^[:.!?]$/.test(before[before.length - 1]?.t ?? "")) &&
    run.length === 1 &&
    !isKnown &&
    !hasSuffix &&
    !strongDesc &&
    !odd(run[0].t) &&
    commonWordsOf(lang).has(run[0].f) &&
    !(lang !== "de" && lang !== "nl" && lang !== "tr" && investVerbAfter(text.slice(run[0].e, run[0].e + 40)))
  )
    return;
  // "Estimé à 867 millions …", "Situado en …", "Valutato in …": a participle and its preposition open the sentence
  if (initial && run.length === 1 && !isKnown && next?.word && romanceParticiple(run[0].t, next.f, lang)) return;
  // "La Banque mondiale", "la Banca mondiale": an international body whose name goes on in lower case
  if (
    !isKnown &&
    run.length <= 2 &&
    bodyInLowerCase(name, text.slice(run[run.length - 1].e, run[run.length - 1].e + 40))
  )
    return;
  // "das dänische Schifffahrts- und Logistikunternehmen", "scheeps- en": a word cut at its hyphen before "and" or
  // "or" is the first part of a compound whose head comes later, no name
  if (!isKnown && SUSPENDED_HYPHEN_RE.test(text.slice(run[run.length - 1].e, run[run.length - 1].e + 12))) return;
  // "two memorandums of understanding (MoUs)", "9,000 TEUs", "SMEs": an acronym with a plural's "s" names things
  if (run.length === 1 && !isKnown && /^\p{Lu}[\p{L}]*\p{Lu}s$/u.test(run[0].t)) return;
  // outside German (where every noun is capitalized) a capital in mid-sentence that is no place, person or
  // known word is a proper name: a weak candidate ("Exa Industrial es la tercera inversión")
  if (!strong) {
    // ("Construction of Mallinckrodt's facility": a word cut from the run's start was the sentence's first)
    const cutWord = written.slice(0, written.indexOf(run[0])).some((t) => t.word && !NAME_STOPWORDS.has(t.f));
    const weakName =
      lang !== null &&
      lang !== "de" &&
      (!initial || cutWord) &&
      !person &&
      run.every((t) => !isPlace(t.t)) &&
      lookupPlace(name) === null && // "Estados Unidos", "Costa Rica": a country's name of several words
      !(run.length === 1 && lookupTown(name) !== null) && // "Kemer ve Didim'e": a town
      !(run.length === 1 && (NOT_ORG_WORDS.has(run[0].f) || run[0].t.length < 3)) &&
      !placeAdjective(run, next, lang) &&
      !rejectInvestorName(name, lang, initial);
    if (weakName)
      out.push({
        name,
        start: base + run[0].s,
        end: base + run[run.length - 1].e,
        person,
        strong: false,
        parent,
        initial,
        weak: true,
      });
    return;
  }
  // "İNŞASI 3 YIL SÜRECEK", "100 MİLYON DOLAR HARCANDI": a Turkish word with a suffix of tense, possession or case,
  // in a headline written in capitals, is no acronym ("ASELSAN" there stays)
  if (
    run.length === 1 &&
    !isKnown &&
    !hasSuffix &&
    !strongDesc &&
    !nextHead &&
    !!wordForm(lang, "shoutedInflectedWord")?.test(run[0].t) &&
    shoutedSentence(text)
  )
    return;
  const reliable = strongDesc || hasSuffix || nextHead || isKnown || parent !== null || run.some((t) => odd(t.t));
  if (lang === "de" && !reliable && run.length === 1 && germanNoun(run[0].f, commonNouns)) return;
  // German plural compounds after a descriptor or a count ("das Unternehmen Lenkradmotoren", "1.100 Hotelzimmer"): things, not firms
  if (
    lang === "de" &&
    run.length === 1 &&
    !isKnown &&
    !odd(run[0].t) &&
    ((run[0].f.length >= 10 && !!wordForm(lang, "pluralCompoundEnding")?.test(run[0].f) && !hasSuffix) ||
      (b1 !== undefined && /^\d/.test(b1.t)))
  )
    return;
  if (run.length === 1 && (CURRENCY_CODES.has(run[0].t) || run[0].t.length < 2)) return;
  // "8 MdMAD", "45 MUSD": a scale glued to a currency code is money, not a firm
  const glued = /^(?:M|Md|Mds|Mrd|Mrds|Mld|Mln|Mio|Bn|Mn)(\p{Lu}{3})$/u.exec(run.length === 1 ? run[0].t : "");
  if (glued && ISO_CURRENCIES.has(glued[1])) return;
  if (!isKnown && rejectInvestorName(name, lang, initial)) return;
  // "TWORZENIE NOWEGO BIZNESU", "YENİ YATIRIMLAR": a shouted headline, not an acronym
  if (
    !isKnown &&
    run.length >= 2 &&
    run.filter((t) => t.t.length >= 4 && t.t === t.t.toUpperCase() && /\p{Lu}{4}/u.test(t.t)).length >= 2 &&
    !hasSuffix &&
    !/^\s*[:–—]/.test(text.slice(run[run.length - 1].e, run[run.length - 1].e + 3))
  )
    return;
  const verbOnly = !(
    strongDesc ||
    adjBefore ||
    hasSuffix ||
    nextHead ||
    apposDesc ||
    isKnown ||
    parent !== null ||
    run.some((t) => odd(t.t))
  );
  out.push({
    name,
    start: base + run[0].s,
    end: base + run[run.length - 1].e,
    person,
    strong,
    parent,
    initial,
    ...(verbOnly ? { verbOnly } : {}),
    ...(describedTown ? { town: true } : {}),
    ...(peopleOf ? { notPlace: true } : {}),
  });
}

const PORTFOLIO_RES = new Map<string, { cue: RegExp; chain: RegExp; qualifiers: Set<string> } | null>();
/** The text before a name ends in a minister's office and a chain of its portfolios ("ministro egiziano dell'Industria e
 * del commercio estero, del ", "Ministra del Commercio, del Turismo e delle "): the name is one more portfolio. */
function portfolioOf(before: string, lang: string | null): boolean {
  if (!lang) return false;
  let res = PORTFOLIO_RES.get(lang);
  if (res === undefined) {
    const lex = lexiconFor(lang);
    res = null;
    if (lex?.portfolioOffices?.length && lex.portfolioLinks?.length) {
      const office = lex.portfolioOffices.join("|");
      const link = `(?:${lex.portfolioLinks.join("|")})`;
      const and = String.raw`\s+(?:${lex.andWords.join("|")})\s+`;
      res = {
        qualifiers: new Set(lex.officeQualifiers ?? []),
        cue: new RegExp(`(?:^|[^\\p{L}])(?:${office})(?![\\p{L}])`, "u"),
        chain: new RegExp(
          // (the last portfolio may follow an "and" with no "of" of its own: "ministro da Hotelaria e Turismo")
          String.raw`(?:^|[^\p{L}])(?:${office})((?:\s+[\p{L}-]+){0,2}?)\s+(?:${link}\s*[^,.;:()«»"]{1,40}?(?:\s*,\s*|${and}))*(?:${link}\s*|${link}\s*[^,.;:()«»"]{1,40}?${and})$`,
          "u",
        ),
      };
    }
    PORTFOLIO_RES.set(lang, res);
  }
  if (!res) return false;
  const f = fold(before);
  if (!res.cue.test(f)) return false;
  const m = res.chain.exec(f);
  if (!m) return false;
  return m[1]
    .trim()
    .split(/\s+/)
    .every((w) => w === "" || res.qualifiers.has(w) || adjectiveCountry(w) !== null);
}

const LOWER_WORDS_AFTER_RE = /^\s+(\p{Ll}[\p{L}'’-]*)(?:\s+(\p{Ll}[\p{L}'’-]*))?/u;
/** The name and the lower-case words after it ("Banque" + "mondiale") name an international body. */
function bodyInLowerCase(name: string, after: string): boolean {
  const m = LOWER_WORDS_AFTER_RE.exec(after);
  if (!m) return false;
  const one = fold(`${name} ${m[1]}`);
  return INTERNATIONAL_BODY_RE.test(one) || (m[2] !== undefined && INTERNATIONAL_BODY_RE.test(`${one} ${fold(m[2])}`));
}

/** The capitals and dots around [s, e) spell a place ("EE. UU." is the United States). */
function inDottedPlace(text: string, s: number, e: number): boolean {
  const before = /[\p{Lu}.][\p{Lu}. ]{0,6}$/u.exec(text.slice(Math.max(0, s - 7), s))?.[0] ?? "";
  const after = /^[\p{Lu}. ]{0,7}/u.exec(text.slice(e, e + 8))?.[0] ?? "";
  const span = `${before}${text.slice(s, e)}${after}`.trim();
  return span.includes(".") && (lookupPlace(span) !== null || lookupPlace(span.replace(/\.$/, "")) !== null);
}
