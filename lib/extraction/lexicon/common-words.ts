/**
 * Each language's frequent lower-case words (folded), from common-words.json (written by `npm run words:build`).
 * One Set per language, made on first use.
 */
import COMMON_WORDS from "./common-words.json";

const SETS = new Map<string, Set<string>>();
const NONE: ReadonlySet<string> = new Set();

/** The language's frequent words that it writes in lower case ("daarmee", "pranzo"), folded. */
export function commonWordsOf(lang: string | null): ReadonlySet<string> {
  if (lang === null) return NONE;
  let set = SETS.get(lang);
  if (!set) {
    set = new Set((COMMON_WORDS as Record<string, string[]>)[lang] ?? []);
    SETS.set(lang, set);
  }
  return set;
}
