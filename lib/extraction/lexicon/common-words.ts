/**
 * Each language's frequent words (folded), from common-words.json (written by `npm run words:build`):
 * those it writes in lower case, and German's capitalized nouns. One Set per language and kind, made on first use.
 */
import COMMON_WORDS from "./common-words.json";

type Kind = "lower" | "nouns";
const SETS = new Map<string, Set<string>>();
const NONE: ReadonlySet<string> = new Set();

function wordsOf(kind: Kind, lang: string | null): ReadonlySet<string> {
  if (lang === null) return NONE;
  const key = `${kind}:${lang}`;
  let set = SETS.get(key);
  if (!set) {
    set = new Set((COMMON_WORDS[kind] as Record<string, string[]>)[lang] ?? []);
    SETS.set(key, set);
  }
  return set;
}

/** The language's frequent words that it writes in lower case ("daarmee", "pranzo"), folded. */
export function commonWordsOf(lang: string | null): ReadonlySet<string> {
  return wordsOf("lower", lang);
}

/** A frequent German noun as it stands ("Anteil", "Werk"), folded. */
export function germanFrequentNoun(folded: string): boolean {
  return wordsOf("nouns", "de").has(folded);
}

/** A German compound noun by its head: the word ends in a frequent noun of four letters or more, after three or
 * more letters of its own ("Hauptsitz" → "Sitz", "Kalkgestein" → "Gestein"); folded. */
export function germanCompoundNoun(folded: string): boolean {
  const nouns = wordsOf("nouns", "de");
  for (let k = 3; k <= folded.length - 4; k++) if (nouns.has(folded.slice(k))) return true;
  return false;
}
