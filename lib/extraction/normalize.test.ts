import { describe, expect, it } from "vitest";
import { fold, foldNfkd, LowerCaseRegExp, requiredRuns } from "./normalize";

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
