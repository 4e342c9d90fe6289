/** Clause and role words over the lexicons: "and", "while", "with", "by", "based in" … (folded regex sources). */
import { accentTolerant, LEXICONS, lexiconFor, unionList, unionSource } from "./all";

const alt = (words: string[]) => words.map(accentTolerant).join("|");

/** Places before a country that make it the place of the money ("in", "nach", "w"), folded. */
export const LOC_PREPS = new Set(unionList("locationPrepositions"));

const BY_LANG = new Map<string, ClauseWords>();

export type ClauseWords = {
  /** "and" in the article's language (Dutch "en" and Polish "i" only there) */
  and: string;
  /** "and" in a list of names ("A, B und C", "as well as") */
  listAnd: string;
  /** ", and Honda will …", "; Honda will …": a second commitment with its own subject */
  newSubject: RegExp;
  /** separators between two clauses of one sentence */
  clauseBreak: RegExp;
  /** separators between the items of a country list ("Spain, Italy and Poland") */
  listGap: RegExp;
  /** an investing word and the language's own "of/by" (and article) right before a name, on folded text: "la
   * reinversión de Bridgepoint", "investments by Intel" (null when the language is unknown) */
  investAuthorBefore: RegExp | null;
  /** a buying or investing noun and, later in the clause, the language's unambiguous "by" ("l'acquisizione di X da
   * parte di"), on folded text (null where the language lists no such words) */
  passiveAuthorBefore: RegExp | null;
  /** the language's weekday names, folded ("Środa" is a day only in Polish) */
  weekdays: ReadonlySet<string>;
  /** its month and weekday names, folded ("Mart", "Eylül" are no firms in Turkish) */
  calendarWords: ReadonlySet<string>;
  /** its "in" of place, folded ("w Nowej Soli": the name after it is where, not who) */
  inWords: ReadonlySet<string>;
};

/** The clause words for an article's language (every language's when unknown). */
export function clauseWords(lang: string | null): ClauseWords {
  const key = lexiconFor(lang)?.lang ?? "";
  let hit = BY_LANG.get(key);
  if (!hit) { hit = build(key || null); BY_LANG.set(key, hit); }
  return hit;
}

function build(lang: string | null): ClauseWords {
  const own = lexiconFor(lang)?.ownAndWords ?? [];
  const and = alt([...unionList("andWords"), ...own]);
  const listAnd = alt([...unionList("listAndWords"), ...own]);
  const contrast = unionSource("contrastWords");
  const articles = alt(unionList("articles"));
  const verbs = unionSource("clauseSubjectVerbs");
  const newSubject = new RegExp(
    // "while compatriot Sumitomo will": a lower-case word may stand before the new subject
    String.raw`;|\s(?:${and}|${contrast})\s+(?:(?:${articles})\s+)?(?:\p{L}+\s+)?\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*){0,2}\s+(?:${verbs})\b`,
    "u",
  );
  const clauseBreak = new RegExp(String.raw`[;]|,\s|\s(?:${and}|${contrast})\s`, "u");
  // "en Brasil y otra en Argentina", "in Poland and another one in Hungary": the same facility once more elsewhere
  // (or a count of the same in each: "nueve proyectos en Cuba, 23 en Brasil, otro en México")
  const another = String.raw`(?:,?\s*(?:${and})\s+(?:${unionSource("anotherWords")})|,\s*(?:(?:${and})\s+)?(?:${unionSource("anotherWords")}|\d+))(?:\s+\p{Ll}+)?\s+(?:${alt(unionList("locationPrepositions"))})\s+(?:(?:${articles})\s+)?`;
  const listGap = new RegExp(
    String.raw`^\s*(?:,|,?\s*(?:${listAnd}|${unionSource("orWords")})|${another})\s*(?:(?:${articles})\s*)?$`, "u",
  );
  const lex = lexiconFor(lang);
  const investAuthorBefore = lex
    ? new RegExp(
        String.raw`(?:${unionSource("investWords", [lex])})[\p{L}]*\s+(?:${[...lex.genitiveWords, ...lex.byWords].join("|")})\s+(?:(?:${lex.articles.join("|")})\s+)?$`,
        "u",
      )
    : null;
  // "l'acquisizione del 41% di ITA Airways da parte di Lufthansa": a buying or investing noun, then in the same clause
  // the language's "by" right before the name
  const passiveAuthorBefore = lex?.passiveAgentWords?.length
    ? new RegExp(
        String.raw`(?:${unionSource("passiveCueWords", [lex])})[^.;:]{0,80}?\s(?:${lex.passiveAgentWords.join("|")})\s+(?:(?:${lex.articles.join("|")})\s+)?$`,
        "u",
      )
    : null;
  const lexicons = lex ? [lex] : LEXICONS;
  const weekdays = new Set(lexicons.flatMap((l) => Object.keys(l.weekdays)));
  const calendarWords = new Set([...weekdays, ...lexicons.flatMap((l) => Object.keys(l.months))]);
  const inWords = new Set(lexicons.flatMap((l) => l.inWords));
  return {
    and,
    listAnd,
    newSubject,
    clauseBreak,
    listGap,
    investAuthorBefore,
    passiveAuthorBefore,
    weekdays,
    calendarWords,
    inWords,
  };
}

/** Side-clause openers ("where", "which", "wo"), all languages. */
export const SIDE_CLAUSE_RE = new RegExp(String.raw`[;]|,\s|\s(?:${unionSource("relativeWords")})\s`, "gu");
export const WITH_SOURCE = unionSource("withWords");
export const BY_SOURCE = unionSource("byWords");
export const FROM_SOURCE = unionSource("fromWords");
export const POSSESSIVE_SOURCE = unionSource("possessives");
export const SUBSIDIARY_OF_SOURCE = unionSource("subsidiaryOfWords");
export const BASED_IN_SOURCE = unionSource("basedInWords");
export const BASED_SUFFIX_SOURCE = unionSource("basedSuffixes");
export const SOLD_SOURCE = unionSource("soldWords");
export const INVESTOR_NOUN_SOURCE = unionSource("investorNouns");
export const PERSON_DESCRIPTOR_SOURCE = unionSource("personDescriptors");
export const MARKET_SOURCE = unionSource("marketWords");
export const ARTICLE_SOURCE = alt(unionList("articles"));
