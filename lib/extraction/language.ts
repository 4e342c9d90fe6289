/** Language detection by stop-word scoring, from each lexicon's stop words and typical letters. */
import { LEXICONS } from "./lexicon/all";
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

/** Letters and elisions typical of one language ("ß", "ñ", "l'"), one global regex per language. */
const TYPICAL_LETTERS: [string, RegExp][] = LEXICONS.filter((l) => l.typicalLetters?.length).map((l) => [
  l.lang,
  new RegExp(l.typicalLetters!.join("|"), "g"),
]);

/** The last text's answer: extractDeals and extractArticle both ask for the same article. */
let lastSample: string | null = null;
let lastLang: string | null = null;

/** Best-scoring language code, or null for text with too few stop words (only the first 5000 characters count). */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  if (sample === lastSample) return lastLang;
  lastLang = detectSample(sample);
  lastSample = sample;
  return lastLang;
}

function detectSample(sample: string): string | null {
  const scores = new Map<string, number>();
  let n = 0;
  for (const m of sample.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const hit = TABLE.get(m[0]);
    if (!hit) continue;
    n++;
    for (const [lang, s] of hit) scores.set(lang, (scores.get(lang) ?? 0) + s);
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
