import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bracketAmount, orAmount } from "./money";

const CORPUS = path.join(__dirname, "corpus", "articles");

describe("bracketAmount and orAmount", () => {
  it("read what their regexes read", () => {
    const rests = [
      " (US$ 76.3 million)",
      "(about $5 million) for",
      " ( ~ 5 bln)",
      "(ca.5 mln)",
      "(ca. 5 Mio. Euro)",
      "(approx. 5 million USD)",
      "(circa€5m)",
      "(rund 1,2 Mrd. Euro)",
      "(environ 3 millions d'euros)",
      "(około 20 mln zł)",
      "(yaklaşık 1 milyar dolar)",
      "(Abouts 5 million)",
      "(aboutt 5)",
      "(about5 million dollars)",
      "(2019)",
      "( )",
      " or about US$ 20 bln",
      ", oder rund 1,5 Mrd. Dollar",
      " of 5 million",
      " ou environ 3 millions d'euros",
      " o unos 200 millones de dólares",
      " OR $5 billion",
      " or",
      " orabout 5",
      " czyli ok. 5 mln",
      " veya yaklaşık 10 milyon dolar",
      " cioè 3 miliardi",
      "  ,  ossia circa 3 milioni di euro",
      " o\u00a0 5 millones",
    ];
    // and every bracket and "or" after a figure in the corpus
    for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith(".json"))) {
      const text = (JSON.parse(fs.readFileSync(path.join(CORPUS, f), "utf8")) as { text: string }).text;
      for (const m of text.matchAll(/\d(?=\s*(?:\(|,?\s*\p{L}{1,6}\s))/gu))
        rests.push(text.slice(m.index + 1, m.index + 81));
    }
    expect(rests.length).toBeGreaterThan(1000);
    for (const r of rests) {
      expect(bracketAmount(r)).toEqual(bracketAmount(r, true));
      expect(orAmount(r)).toEqual(orAmount(r, true));
    }
  });
});
