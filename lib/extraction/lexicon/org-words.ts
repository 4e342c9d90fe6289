/** Word sets for recognizing organizations and people, over every language's lexicon (folded forms). */
import { accentTolerant, LEXICONS, unionList } from "./all";
import { NEUTRAL_NOT_ORG_WORDS, NEUTRAL_ORG_SUFFIXES, NEUTRAL_STATE_BODIES } from "./shared";

/** Legal forms and name heads that end or mark an organization name. */
export const ORG_SUFFIXES = new Set([...unionList("orgSuffixes"), ...NEUTRAL_ORG_SUFFIXES]);

/** Nouns that describe a company and are followed by its name ("the carmaker X", "der Autobauer X"). */
export const ORG_DESCRIPTOR_HEADS = unionList("orgDescriptors");

/** Descriptor words that begin company names ("Société Générale", "Grupo Bimbo"). */
export const NAME_HEADS = new Set(unionList("nameHeads"));

/** Words that are never (part of) an organization's name at its start. */
export const NAME_STOPWORDS = new Set(unionList("nameStopWords"));

/** Titles and roles: the following capitalized words are a person, not an organization. */
export const PERSON_TITLES = new Set(unionList("personTitles"));

/** Capitalized words that are not names: weekdays, months, common headline words, institutions, agencies. */
export const NOT_ORG_WORDS = new Set([...unionList("notOrgWords"), ...NEUTRAL_NOT_ORG_WORDS]);

/** Nouns naming an event: a capitalized run beside them is its title. */
export const EVENT_WORDS = new Set(unionList("eventWords"));

/** Coreference phrases that point back to the article's company, each language's determiners with its own nouns. */
const corefPhrases = LEXICONS.filter((l) => l.corefDeterminers.length && l.corefNouns.length)
  .map((l) => String.raw`\b(?:${l.corefDeterminers.join("|")})\s+(?:[\p{L}-]+\s+)?(?:${l.corefNouns.join("|")})\b`);
export const COREF_RE = new RegExp(accentTolerant(`${corefPhrases.join("|")}|\\b(?:${unionList("corefPronouns").join("|")})\\b`), "iu");

/** Words that make a capitalized run an institution of the state, not an investor. */
export const GOV_WORDS = new Set([...unionList("stateBodyWords"), ...NEUTRAL_STATE_BODIES]);

/** Continents and world regions: never an organization on their own. */
export const CONTINENTS = new Set(unionList("continents"));

/** Compounds naming a state body ("Planungskommission", "Wirtschaftsministerium"). */
export const GOV_COMPOUND_RE = new RegExp(`(?:${unionList("stateBodySuffixes").join("|")})$`);
/** A folded word that names a state body: a listed one ("ministry", "regierung") or a compound ending in one's head
 * ("handelsministeriums", "wirtschaftsministerium"). */
export function isStateBodyWord(folded: string): boolean {
  return GOV_WORDS.has(folded) || GOV_COMPOUND_RE.test(folded);
}
