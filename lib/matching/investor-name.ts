// Investor names as the matcher compares them. The rule is the evaluation's
// (shared/eval/SPEC.md): lower case, accents folded, punctuation dropped, legal
// suffixes dropped, then one name's tokens a prefix or whole-token subsequence of
// the other's.

// Legal forms and group words that say nothing about who the investor is.
const LEGAL_WORDS = new Set([
  "ag",
  "gmbh",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "corp",
  "corporation",
  "co",
  "company",
  "group",
  "groupe",
  "grupo",
  "gruppe",
  "holding",
  "holdings",
  "sa",
  "se",
  "plc",
  "llc",
  "nv",
  "bv",
  "spa",
  "srl",
  "kg",
  "kgaa",
  "oy",
  "ab",
  "as",
  "asa",
  "pte",
  "pty",
  "sas",
  "sarl",
  "the",
  "und",
  "and",
  "&",
]);

/** Lower case, accents and German umlaut spellings folded, punctuation dropped. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/ı/g, "i")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’'`´]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words that identify an investor: folded, legal forms and group words dropped. */
export function investorTokens(name: string): string[] {
  const tokens = foldName(name).split(" ").filter(Boolean);
  const kept = tokens.filter((t) => !LEGAL_WORDS.has(t));
  return kept.length ? kept : tokens;
}

/** The normalized investor name: the key stored deals are looked up by. */
export function investorKey(name: string | null | undefined): string {
  return name ? investorTokens(name).join(" ") : "";
}

function isPrefix(short: string[], long: string[]): boolean {
  return short.every((t, i) => long[i] === t);
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const t of long) if (t === short[i]) i++;
  return i === short.length;
}

/**
 * "CATL" for "Contemporary Amperex Technology (Limited)", "JLR" for "Jaguar Land
 * Rover": a one-word name of 3 to 6 letters made of the other name's initials, with
 * at most one more letter for a dropped legal word.
 */
function isAcronymOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const acronym = short[0];
  if (!/^[a-z]{3,6}$/.test(acronym)) return false;
  const initials = long.map((t) => t[0]).join("");
  return acronym.startsWith(initials) && acronym.length - initials.length <= 1;
}

/** True when two keys name the same organization by the tokens rule, or one is the other's acronym. */
export function isSameInvestorKey(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [ta, tb] = [a.split(" "), b.split(" ")];
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  // one letter or a short acronym alone is too weak to stand for a longer name
  if (short.length === 1 && short[0].length < 3) return false;
  return isPrefix(short, long) || isSubsequence(short, long) || isAcronymOf(short, long);
}
