/** Organization and person mentions in a sentence: capitalized runs, descriptors, legal suffixes, known names. */
import { adjectiveCountry, lookupPlace } from "./countries";
import { NAME_STOPWORDS, NOT_ORG_WORDS, ORG_DESCRIPTOR_HEADS, ORG_SUFFIXES, PERSON_TITLES } from "./lexicon/org-words";
import { SUBJECT_VERBS } from "./lexicon/cue-words";
import { fold } from "./normalize";

export type OrgMention = {
  name: string;
  start: number;
  end: number;
  person: boolean;
  /** found through a strong signal (descriptor, legal suffix, odd spelling, verb after it, known name) */
  strong: boolean;
  /** the parent named in a "Parent-Tochter Name" compound */
  parent: string | null;
  /** the mention is sentence-initial or follows only stopwords */
  initial: boolean;
};

type Tok = { t: string; f: string; s: number; e: number; word: boolean };

const TOK_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}&.'’\-]*[\p{L}\p{N}]|[\p{L}\p{N}]|&|[^\s\p{L}\p{N}]/gu;
const DESCRIPTOR_RE = new RegExp(`(?:${ORG_DESCRIPTOR_HEADS.join("|")})(?:n|en|s|es|e)?$`);
const SUB_COMPOUND_RE = /^(.+)-(?:tochter|tochterfirma|tochtergesellschaft|marke|sparte)$/;

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOK_RE)) {
    let t = m[0];
    let s = m.index ?? 0;
    // possessive: "Amazon’s" -> "Amazon" + "’s"
    const pos = /^(.+)['’]s$/u.exec(t);
    if (pos) {
      out.push({ t: pos[1], f: fold(pos[1]), s, e: s + pos[1].length, word: true });
      out.push({ t: "'s", f: "'s", s: s + pos[1].length, e: s + t.length, word: false });
      continue;
    }
    if (t.length > 1 && t.endsWith(".") && !/\.\p{L}/u.test(t)) t = t.slice(0, -1);
    out.push({ t, f: fold(t), s, e: s + t.length, word: /[\p{L}\p{N}]/u.test(t[0]) });
  }
  return out;
}

function isCap(t: Tok): boolean {
  if (!t.word) return false;
  const c = t.t[0];
  if (/\d/.test(c)) return /\p{Lu}/u.test(t.t) && /\p{L}/u.test(t.t); // "3M"
  return c !== c.toLowerCase();
}

function odd(t: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(t.replace(/[&.\-]/g, "")) && t.length >= 2) return true; // BASF, CATL
  if (/\p{Ll}\p{Lu}/u.test(t.replace(/-.*/, ""))) return true; // ChemChina
  if (/\p{L}\.\p{L}{2}/u.test(t)) return true; // Mail.ru
  return false;
}

function isPlace(t: string): boolean {
  return lookupPlace(t) !== null || adjectiveCountry(t) !== null;
}

/** All organization/person candidates in `text` (offsets relative to `base`). `known` are names already trusted. */
export function findOrgs(text: string, base: number, lang: string | null, known: Set<string>): OrgMention[] {
  const toks = tokens(text);
  const out: OrgMention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i])) { i++; continue; }
    // collect a run of capitalized tokens, allowing "&" and "of" inside
    let j = i;
    while (j + 1 < toks.length) {
      const n = toks[j + 1];
      if (isCap(n)) { j++; continue; }
      if ((n.t === "&" || n.f === "of" || n.f === "de" || n.f === "y") && j + 2 < toks.length && isCap(toks[j + 2])
        && !isPlace(toks[j + 2].t) && text.slice(toks[j].e, toks[j + 2].s).length <= 6) { j += 2; continue; }
      break;
    }
    const run = toks.slice(i, j + 1);
    const before = toks.slice(Math.max(0, i - 3), i);
    handleRun(run, before, toks[j + 1], text, base, lang, known, out, i);
    i = j + 1;
  }
  return out;
}

function handleRun(
  run: Tok[], before: Tok[], next: Tok | undefined, text: string, base: number, lang: string | null,
  known: Set<string>, out: OrgMention[], index: number,
): void {
  let strongDesc = false;
  let person = false;
  let parent: string | null = null;
  // a descriptor inside the run ("E-Commerce-Riese Alibaba", "Mischkonzern Beijing …") cuts the run after it
  let cut = -1;
  run.forEach((t, k) => {
    if (k < run.length - 1 && (DESCRIPTOR_RE.test(t.f) || PERSON_TITLES.has(t.f))) cut = k;
  });
  if (cut >= 0) {
    const d = run[cut];
    if (PERSON_TITLES.has(d.f)) person = true; else strongDesc = true;
    const sub = SUB_COMPOUND_RE.exec(d.t.toLowerCase() === d.t ? "" : d.f);
    if (sub) parent = d.t.slice(0, sub[1].length);
    run = run.slice(cut + 1);
  }
  // strip leading stopwords, places, adjectives
  while (run.length && (NAME_STOPWORDS.has(run[0].f) || NOT_ORG_WORDS.has(run[0].f) || isPlace(run[0].t)
    || PERSON_TITLES.has(run[0].f))) {
    if (PERSON_TITLES.has(run[0].f)) person = true;
    run = run.slice(1);
  }
  // strip trailing stopwords and places ("Edotco Group of Malaysia")
  while (run.length && (NAME_STOPWORDS.has(run[run.length - 1].f) || isPlace(run[run.length - 1].t)
    || run[run.length - 1].f === "of" || run[run.length - 1].t === "&")) run = run.slice(0, -1);
  if (!run.length) return;
  const name = text.slice(run[0].s, run[run.length - 1].e);
  const folded = fold(name);
  if (run.length === 1 && NOT_ORG_WORDS.has(folded)) return;
  if (/^\d+$/.test(name)) return;
  // descriptor or title just before the run (lower-case descriptors, "firm Fairfax", "President Lula")
  for (const b of before.slice(-3)) {
    if (!b.word) continue;
    if (PERSON_TITLES.has(b.f)) person = true;
    else if (DESCRIPTOR_RE.test(b.f) || adjectiveCountry(b.t)) strongDesc = true;
  }
  const prevTok = before[before.length - 1];
  if (prevTok && !prevTok.word && prevTok.t === "," && before.length >= 2 && PERSON_TITLES.has(before[before.length - 2].f)) person = true;
  const after = fold(text.slice(run[run.length - 1].e, run[run.length - 1].e + 30));
  if (/^,?\s*(?:ceo|chef|chairman|president|founder|grunder|head|vorstand|prasident|minister|said|sagte)\b/.test(after)) person = true;
  const hasSuffix = run.some((t) => ORG_SUFFIXES.has(t.f.replace(/\.$/, "")));
  if (hasSuffix) person = false;
  const nextVerb = next !== undefined && next.word && SUBJECT_VERBS.has(next.f);
  const isKnown = known.has(folded);
  const strong = strongDesc || hasSuffix || run.some((t) => odd(t.t)) || isKnown || parent !== null
    || (nextVerb && (lang !== "de" || run.length <= 3));
  const initial = before.every((b) => !b.word || NAME_STOPWORDS.has(b.f)) && index <= 2;
  if (!strong) {
    // weak capitalized run: only outside German (where every noun is capitalized), not sentence-initial
    if (lang === "de" || initial || run.length > 4) return;
    if (run.every((t) => t.t.length <= 2)) return;
  }
  out.push({ name, start: base + run[0].s, end: base + run[run.length - 1].e, person, strong, parent, initial });
}

/** Acronym definitions "Public Investment Fund (PIF)" -> map PIF -> long name. */
export function findAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /((?:\p{Lu}[\p{L}&.\-]*\s+){1,6})\((\p{Lu}{2,6})\)/gu;
  for (const m of text.matchAll(re)) {
    const words = m[1].trim().split(/\s+/);
    const acro = m[2];
    // take as many trailing words as the acronym needs
    const take = words.slice(-Math.max(acro.length, 2));
    let k = take.findIndex((w) => w[0].toUpperCase() === acro[0]);
    const long = (k >= 0 ? take.slice(k) : take).join(" ");
    if (long.length > acro.length) out.set(acro, long);
  }
  return out;
}
