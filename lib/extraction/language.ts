/** Language detection by stop-word scoring (small per-language tables). */
const STOPWORDS: Record<string, string[]> = {
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine", "auch", "sich", "wird", "für", "auf", "im", "zu", "hat", "soll", "am", "des", "nach", "bei", "wurde", "werden", "neues", "neue", "neuen", "einen", "einem", "sowie", "über", "in", "zum", "zur", "wie", "als", "aus", "baut", "will", "investiert", "millionen", "milliarden"],
  en: ["the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "has", "was", "will", "its", "by", "from", "said", "which", "it", "are"],
  fr: ["le", "la", "les", "et", "des", "du", "est", "une", "dans", "pour", "sur", "avec", "qui", "au", "par", "ses", "son", "cette", "aux", "d'un"],
  es: ["el", "la", "los", "las", "y", "de", "del", "que", "en", "por", "con", "una", "para", "se", "su", "es", "al", "como", "más", "sus"],
  it: ["il", "la", "di", "che", "e", "per", "con", "una", "del", "della", "sono", "nel", "alla", "gli", "è", "anche", "dei", "delle", "ha", "nella"],
  tr: ["ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "daha", "çok", "milyon", "milyar", "yatırım", "şirket", "göre", "ise", "gibi", "kadar", "türkiye"],
  pt: ["o", "a", "os", "as", "e", "do", "da", "dos", "das", "que", "em", "para", "com", "uma", "não", "por", "mais", "foi", "ao", "sua"],
  nl: ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "ook", "wordt", "bij", "naar", "heeft", "aan", "door"],
};
const TABLE = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) {
    if (!TABLE.has(w)) TABLE.set(w, new Map());
    TABLE.get(w)!.set(lang, 1 / words.length);
  }
}

/** Best-scoring language code, or null for text with too few stop words. */
export function detectLanguage(text: string): string | null {
  const scores = new Map<string, number>();
  let n = 0;
  for (const m of text.slice(0, 5000).toLowerCase().matchAll(/[\p{L}']+/gu)) {
    const hit = TABLE.get(m[0]);
    if (!hit) continue;
    n++;
    for (const [lang, s] of hit) scores.set(lang, (scores.get(lang) ?? 0) + s);
  }
  // letters typical of one language
  const sample = text.slice(0, 5000);
  const bonus: [string, RegExp][] = [["de", /[äöüß]/g], ["es", /[ñ¿¡]/g], ["fr", /[çœ]|[éè]\s|\b(?:d|l|qu)'/g], ["tr", /[ğış]/g], ["it", /\b(?:l|dell|nell|all)'|[àò]\s/g]];
  for (const [lang, re] of bonus) {
    const hits = (sample.match(re) ?? []).length;
    if (hits) scores.set(lang, (scores.get(lang) ?? 0) + Math.min(hits, 20) * 0.02);
  }
  if (n < 3) return null;
  let best: string | null = null, bestScore = 0;
  for (const [lang, s] of scores) if (s > bestScore) { best = lang; bestScore = s; }
  return best;
}
