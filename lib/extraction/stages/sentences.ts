/**
 * Sentences stage: the article's sentences without boilerplate (teasers, "related" blocks, share rows,
 * company profiles: see text.ts), each clause with a subject of its own split off as a sentence of its own.
 */
import { newSubjectRe } from "../roles";
import { splitSentences, type Sentence } from "../text";

/** The sentences the later stages read, numbered in order (`index`), with their paragraph (`para`). */
export function articleSentences(text: string, lang: string | null): Sentence[] {
  return splitClauses(
    splitSentences(text).filter((s) => !s.boilerplate),
    lang,
  );
}

/** The first match of `re` that stands outside brackets: "Safran (100 000 salariés ; 27 Md€ de CA) a choisi …" is
 * one clause, its semicolon inside the bracket a figure's separator. */
const GLOBAL = new WeakMap<RegExp, RegExp>();
function outsideBrackets(re: RegExp, text: string): RegExpExecArray | null {
  if (!text.includes("(")) return re.exec(text);
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const before = text.slice(0, m.index);
    if ((before.match(/\(/g)?.length ?? 0) <= (before.match(/\)/g)?.length ?? 0)) return m;
    if (m[0].length === 0) g.lastIndex++;
  }
  return null;
}

/** ", and Honda opened …" / "; Honda will …": a second commitment with its own subject becomes its own clause. */
export function splitClauses(sents: Sentence[], lang: string | null): Sentence[] {
  const out: Sentence[] = [];
  const newSubject = newSubjectRe(lang);
  for (const first of sents) {
    // "A invested …; B opened …; and C announced …": every clause with its own subject, not only the first
    let s: Sentence = first;
    for (let rounds = 0; rounds < 8; rounds++) {
      const m: RegExpExecArray | null = s.headline ? null : outsideBrackets(newSubject, s.text);
      const at: number = m ? (m.index ?? 0) : -1;
      if (!m || at < 30 || s.text.length - at < 30 || !/[,;]\s*$/.test(s.text.slice(0, at + 1))) break;
      const cut: number = m[0].startsWith(";") ? at + 1 : at;
      let b: number = cut;
      while (b < s.text.length && /\s/.test(s.text[b])) b++;
      const aText = s.text.slice(0, cut).replace(/[,;\s]+$/, "");
      out.push({ ...s, end: s.start + aText.length, text: aText });
      s = { ...s, start: s.start + b, text: s.text.slice(b), clauseOf: first.start };
    }
    out.push(s);
  }
  return out.map((s, index) => ({ ...s, index }));
}
