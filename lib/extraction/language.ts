/** Language detection by stop-word scoring, from each lexicon's stop words and typical letters. */
import { LEXICONS } from "./lexicon/all";
import { memoize } from "./memo";
import { unitClassWidth } from "./normalize";
const STOPWORDS: Record<string, string[]> = Object.fromEntries(LEXICONS.map((l) => [l.lang, l.stopWords]));
const TABLE = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) {
    if (!TABLE.has(w)) TABLE.set(w, new Map());
    TABLE.get(w)!.set(lang, 1);
  }
}
// a stop word of several languages says less about which one it is
for (const langs of TABLE.values()) for (const [lang] of langs) langs.set(lang, 1 / langs.size);

const LONGEST_STOP_WORD = Math.max(...[...TABLE.keys()].map((w) => w.length));

/** How many code units the letter or apostrophe at `i` takes (2 for a letter outside the BMP), 0 for anything else. */
const wordUnitWidth = unitClassWidth(/^[\p{L}']$/u);

/** Letters and elisions typical of one language ("ß", "ñ", "l'"), one global regex per language. */
const TYPICAL_LETTERS: [string, RegExp][] = LEXICONS.filter((l) => l.typicalLetters?.length).map((l) => [
  l.lang,
  new RegExp(l.typicalLetters!.join("|"), "g"),
]);

const SAMPLE_LENGTH = 5000;

/**
 * The answers for the last few texts: extractDeals and extractArticle both ask for the same article, and an import
 * worker asks when it prepares an article and again when it extracts it, a few dozen other jobs later (it asked twice
 * per article while only the last answer was kept). Few enough that a text seen a few hundred texts ago is read anew.
 * Only texts no longer than the sample are kept (a sample of a longer one would hold on to all of it); for those the
 * last answer is kept as before.
 */
const detectShort = memoize((text: string) => detectSample(text), 64);
let lastSample: string | null = null;
let lastLang: string | null = null;

/** Best-scoring language code, or null for text with too few stop words (only the first 5000 characters count). */
export function detectLanguage(text: string): string | null {
  if (text.length <= SAMPLE_LENGTH) return detectShort(text);
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (sample === lastSample) return lastLang;
  lastLang = detectSample(sample);
  lastSample = sample;
  return lastLang;
}

function detectSample(sample: string): string | null {
  const scores = new Map<string, number>();
  let n = 0;
  const lower = sample.toLowerCase();
  // the words (runs of letters and apostrophes, as /[\p{L}']+/gu reads them) short enough to be a stop word
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const width = i < lower.length ? wordUnitWidth(lower, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST_STOP_WORD) {
      const hit = TABLE.get(lower.slice(start, i));
      if (hit) {
        n++;
        for (const [lang, s] of hit) scores.set(lang, (scores.get(lang) ?? 0) + s);
      }
    }
    start = -1;
  }
  // letters typical of one language
  for (const [lang, re] of TYPICAL_LETTERS) {
    re.lastIndex = 0;
    const hits = (sample.match(re) ?? []).length;
    if (hits) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(hits, 20) * 0.02);
  }
  if (n < 3) return null;
  let best: string | null = null,
    bestScore = 0;
  for (const [lang, s] of scores)
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  return best;
}
