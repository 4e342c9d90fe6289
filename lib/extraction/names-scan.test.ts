import { describe, expect, it } from "vitest";
import { nextWord } from "./names";

const WORD_RE = /(?<![\p{L}\d'’-])[\p{L}]{4,}(?![\p{L}\d'’-])/gu;
const byRegex = (t: string) => [...t.matchAll(WORD_RE)].map((m) => [m.index, m.index + m[0].length]);
const byScan = (t: string) => {
  const out: number[][] = [];
  for (let at = 0, w = nextWord(t, 0); w; at = w.end, w = nextWord(t, at)) out.push([w.start, w.end]);
  return out;
};

describe("nextWord", () => {
  it("finds the words openerCommonWords' regex finds", () => {
    const texts = [
      "",
      "Die Siemens AG investiert 500 Millionen Euro in Görlitz.",
      "COVID-19 l'usine dell'azienda Türkiye’de twenty-four abc abcd 1abcd abcd1 -abcd abcd-",
      "e\u0301te\u0301s cafe\u0301 na\u00efve résumé İstanbul ŁÓDŹ",
      "𝐀𝐁𝐂𝐃 letters 𐐀𐐁𐐂𐐃 emoji 😀😀😀😀 word😀word \ud800abcd abcd\udc00",
      "中华人民共和国 投资 한국어문장 مرحبا بالعالم",
    ];
    // and random strings over letters, marks, digits, joiners, surrogates and spaces
    const alphabet = [
      "a",
      "B",
      "é",
      "ß",
      "İ",
      "\u0301",
      "1",
      "'",
      "’",
      "-",
      " ",
      ".",
      "𐐀",
      "😀",
      "\ud800",
      "\udc00",
      "中",
    ];
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 2000; k++) {
      let t = "";
      for (let n = rand(40); n > 0; n--) t += alphabet[rand(alphabet.length)];
      texts.push(t);
    }
    for (const t of texts) expect(byScan(t)).toEqual(byRegex(t));
  });
});
