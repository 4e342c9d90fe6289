import { describe, expect, it } from "vitest";
import {
  fold,
  foldNfkd,
  LowerCaseRegExp,
  REGEX_SPLIT_CHARS,
  requiredRuns,
  splitRegExp,
  SplitRegExp,
  topAlternatives,
} from "./normalize";

describe("fold", () => {
  it("lower-cases, drops accents and spells out special letters", () => {
    expect(fold("Türkiye’s Straße")).toBe("turkiye's strasse");
    expect(fold("ØRSTED Æble Œuvre `x´")).toBe("orsted aeble oeuvre 'x ");
    expect(fold("ISTANBUL `A`")).toBe("istanbul 'a'");
  });

  it("folds unit by unit as NFKD folds the whole string", () => {
    // every code unit up to the letterlike symbols, alone and among letters, accents and punctuation
    for (let c = 0; c < 0x2150; c++) {
      const u = String.fromCharCode(c);
      for (const s of [u, `Ab${u}Cé${u}`, `${u}\u0301x${u}`, `Ünal ${u}’s “ŞIRKET” – 5 €${u}`.repeat(3)])
        expect([c, fold(s)]).toEqual([c, foldNfkd(s)]);
    }
    expect(fold("ΟΔΟΣ Straße".repeat(4))).toBe(foldNfkd("ΟΔΟΣ Straße".repeat(4)));
  });
});

describe("LowerCaseRegExp", () => {
  const src = String.raw`umsatz|erlös|bußgeld|\border|\bsales\b|chiffre d'affaires`;
  it("finds what the /iu regex finds, at the same offsets", () => {
    const texts = [
      "Der UMSATZ stieg",
      "Erlös und BUSSGELD",
      "Bußgeld",
      "SALES order",
      "İstanbul: Umsatz",
      "CHIFFRE D'AFFAIRES",
      "nichts",
    ];
    const slow = new RegExp(src, "giu");
    const fast = new LowerCaseRegExp(new RegExp(src, "giu"));
    for (const t of texts) {
      slow.lastIndex = 0;
      fast.lastIndex = 0;
      const a: [number, string][] = [],
        b: [number, string][] = [];
      for (let m = slow.exec(t); m; m = slow.exec(t)) a.push([m.index, m[0]]);
      for (let m = fast.exec(t); m; m = fast.exec(t)) b.push([m.index, m[0]]);
      expect(b).toEqual(a);
    }
  });

  it("refuses a regex it cannot run lower-cased", () => {
    expect(() => new LowerCaseRegExp(/Umsatz/iu)).toThrow();
    expect(() => new LowerCaseRegExp(/umsatz/u)).toThrow();
    expect(() => new LowerCaseRegExp(/\bumsatz\p{Lu}/iu)).not.toThrow();
  });
});

describe("requiredRuns", () => {
  it("reads the letters each alternative needs, accent classes folded", () => {
    expect(requiredRuns(String.raw`\b[oóòôöõø]p[eéèêëę][nñń]ed\b|invest(?:s|ed)?|(?:kauf|erwerb)t`)).toEqual([
      "opened",
      "invest",
      "kauf",
      "erwerb",
    ]);
    expect(requiredRuns("prévoit|hält")).toEqual(["prevoit", "halt"]);
  });

  it("gives up where an alternative needs no run of two letters", () => {
    expect(requiredRuns(String.raw`\bjv?\b|invest`)).toBeNull();
    expect(requiredRuns(String.raw`(?:will|to) \w+|(?<=abc)d`)).toBeNull();
    expect(requiredRuns(String.raw`\u0041bc|invest`)).toBeNull();
  });

  it("never turns away a text the regex matches", () => {
    const re = /\b[aáàâäãåą][cçć]q[uúùûü][iíìîïı]r[eéèêëę]d\b|üb[eéèêëę]rn[aáàâäãåą]hm|sp[oóòôöõø]łk[aáàâäãåą]/iu;
    const test = new LowerCaseRegExp(re);
    for (const s of ["ACQUIRED by", "Übernahme", "UBERNAHME", "spółka", "SPÓŁKA", "Spolka", "İstanbul acquıred"])
      expect(test.test(s)).toBe(re.test(s));
  });
});

describe("splitRegExp", () => {
  // a long alternation of made-up words, in the lexicon's style (accent classes, look-arounds, groups)
  const words = Array.from({ length: 1500 }, (_, i) => `w[oó]rd${i.toString(36)}(?:s|en)?\\b`);
  const source = String.raw`\bbegan (?:production|operations)\b|` + words.join("|") + String.raw`|(?<!not )opened\b`;

  it("reads the top-level alternatives, and refuses sources with capturing groups", () => {
    expect(topAlternatives(String.raw`a(?:b|c)|[|(]d|(?<!x|y)e`)).toEqual(["a(?:b|c)", "[|(]d", "(?<!x|y)e"]);
    expect(topAlternatives("a|(b)")).toBeNull();
    expect(topAlternatives("a|(?<name>b)")).toBeNull();
    expect(topAlternatives("a|b)")).toBeNull();
  });

  it("keeps short sources whole and splits long ones into parts V8 optimizes", () => {
    expect(splitRegExp("a|b", "u")).toBeInstanceOf(RegExp);
    expect(source.length).toBeGreaterThan(REGEX_SPLIT_CHARS);
    const split = splitRegExp(source, "u");
    expect(split).toBeInstanceOf(SplitRegExp);
    for (const part of (split as SplitRegExp).parts) expect(part.source.length).toBeLessThanOrEqual(REGEX_SPLIT_CHARS);
  });

  it("matches what the whole regex matches: leftmost, then the earlier alternative", () => {
    const texts = [
      "The firm began production in May and opened wórd1g later.",
      "It has not opened; wordzz, word1gs and wórd3 followed.",
      "nothing here",
      "word1 word10 word10s",
    ];
    for (const flags of ["u", "iu"]) {
      const whole = new RegExp(source, flags);
      const split = splitRegExp(source, flags);
      for (const t of texts) {
        expect(split.test(t)).toBe(whole.test(t));
        const a = whole.exec(t);
        const b = split.exec(t);
        expect(b && [b.index, b[0]]).toEqual(a && [a.index, a[0]]);
      }
    }
  });

  it("walks a text with lastIndex as a global regex does", () => {
    const whole = new RegExp(source, "gu");
    const split = splitRegExp(source, "gu");
    const t = "word1 then wórd2s, began operations, word10en and opened.";
    const all = (re: RegExp | SplitRegExp) => {
      const out: string[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) out.push(`${m.index}:${m[0]}`);
      return out;
    };
    expect(all(split)).toEqual(all(whole));
    expect(all(split)).toHaveLength(5);
  });

  it("is what LowerCaseRegExp runs on a long lexicon alternation", () => {
    const re = new LowerCaseRegExp(new RegExp(source, "iu"));
    expect(re.exec("Then it Began Production.")?.[0]).toBe("Began Production");
    expect(re.test("WORD2S")).toBe(true);
    expect(re.test("Wordless")).toBe(false);
  });
});
