import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";
import { MAX_SENTENCE, splitSentences } from "./text";

describe("splitSentences", () => {
  it("does not split after abbreviations, ordinals or initials", () => {
    const text = "Die Firma investiert 2,5 Mrd. Euro in das Werk. Es öffnet am 3. Oktober. A. O. Smith Corp. baut mit.";
    const s = splitSentences(text).map((x) => x.text);
    expect(s).toEqual([
      "Die Firma investiert 2,5 Mrd. Euro in das Werk.",
      "Es öffnet am 3. Oktober.",
      "A. O. Smith Corp. baut mit.",
    ]);
  });

  it("a name ending in '&' and a capital ('H&M.', 'AT&T.') ends a sentence; it is no initial", () => {
    const text = "La empresa trabaja para Zentor y H&M. En este caso se prevé una inversión de tres millones.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "La empresa trabaja para Zentor y H&M.",
      "En este caso se prevé una inversión de tres millones.",
    ]);
  });

  it("a unit's dot after a figure ends a sentence before a capitalized word that names no currency", () => {
    const texts = (t: string) => splitSentences(t).map((x) => x.text);
    expect(texts("Akcje Acme zyskały 2,4 proc. Minister energii zapowiedział rekompensaty.")).toEqual([
      "Akcje Acme zyskały 2,4 proc.",
      "Minister energii zapowiedział rekompensaty.",
    ]);
    expect(texts("Der Konzern zahlt 20 Mio. Schweizer Franken für die Firma.")).toHaveLength(1);
    expect(texts("Der Konzern zahlt 1,3 Mrd. Euro für die Firma.")).toHaveLength(1);
    expect(texts("Acme zainwestuje 5 mln. EUR w Polsce.")).toHaveLength(1);
  });
  it("knows Spanish and Portuguese abbreviations of places and amounts", () => {
    const text = "Construirán hotel de $13.3 mlls. en Rep. Dominicana. El hotel abrirá en 2017.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "Construirán hotel de $13.3 mlls. en Rep. Dominicana.",
      "El hotel abrirá en 2017.",
    ]);
  });

  it("keeps offsets into the original text", () => {
    const text = "Title line\n\nFirst sentence here. Second one!";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)[0].headline).toBe(true);
  });

  it("cuts a paragraph without full stops into windows at clause boundaries, keeping offsets", () => {
    const clause = "Acme Corp will invest 5 million euros in a plant in Lyon, ";
    const text = `Intro line\n${clause.repeat(200)}and more`;
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const x of s) {
      expect(x.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(x.start, x.end)).toBe(x.text);
    }
    // every window but the last ends on a clause boundary; no word is lost or cut
    expect(s.slice(1, -1).every((x) => x.text.endsWith(","))).toBe(true);
    expect(s.map((x) => x.text).join(" ")).toBe(text.replace("\n", " "));
    expect(s.slice(1).every((x) => !x.headline)).toBe(true);
  });

  it("marks boilerplate paragraphs", () => {
    const text =
      "Die Firma baut ein Werk.\nLesen Sie auch: Zehn Tipps für Sparer\nFolgen Sie uns in den sozialen Medien.";
    expect(splitSentences(text).map((s) => s.boilerplate)).toEqual([false, true, true]);
  });
});

describe("a full stop glued to the next sentence", () => {
  it("ends the sentence there, but not after an abbreviation or inside a name", () => {
    const text =
      "Cuenta con una gran planta en el sur de México.Tiene presencia en 22 países. La planta de St.Gallen y Kapture.IO abrieron en 2021.Carlos Slim no comentó.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "Cuenta con una gran planta en el sur de México.",
      "Tiene presencia en 22 países.",
      "La planta de St.Gallen y Kapture.IO abrieron en 2021.",
      "Carlos Slim no comentó.",
    ]);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Der Konzern will in der Türkei ein neues Werk bauen und hat dafür Geld.", "de"],
    ["The company said it will build a new plant in the region and hire staff.", "en"],
    ["La empresa anunció que construirá una planta en la región y que es para el mercado.", "es"],
    ["Le groupe a annoncé la construction d'une usine dans la région pour le marché.", "fr"],
    ["Il gruppo ha annunciato che la nuova fabbrica sarà costruita nella regione per il mercato.", "it"],
    ["Şirket bu yıl Türkiye için bir milyar dolar yatırım yapacak ve daha çok fabrika kuracak.", "tr"],
  ])("%s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("returns null for too little text", () => {
    expect(detectLanguage("Alibaba")).toBeNull();
  });
});

describe("a teaser cue inside a long paragraph", () => {
  it("marks only the sentences from the cue on as boilerplate", () => {
    const para =
      "A maior fabricante de embalagens de vidro do mundo, a multinacional americana Owens-Illinois, vai investir cerca de R$ 1 bilhão na construção de duas novas fábricas no Brasil, no primeiro movimento de expansão de capacidade efetiva da indústria local nos últimos dez anos. A informação foi veiculada na sexta-feira pelo jornal Valor Econômico. Leia também esta notícia: Empresa farmacêutica investirá R$ 70 milhões para a construção de nova fábrica, em Minas Gerais";
    const sents = splitSentences(para);
    expect(sents[0].boilerplate).toBe(false);
    expect(sents[sents.length - 1].boilerplate).toBe(true);
    expect(splitSentences("Leia também: Empresa investirá R$ 70 milhões em Minas Gerais")[0].boilerplate).toBe(true);
  });
});

describe("abbreviations", () => {
  it("keeps Spanish 'EE. UU.' in one sentence", () => {
    const s = splitSentences("Llega Newmont Mining, de EE. UU., que invertirá 109 millones de dólares. Otra frase.");
    expect(s.map((x) => x.text)).toEqual([
      "Llega Newmont Mining, de EE. UU., que invertirá 109 millones de dólares.",
      "Otra frase.",
    ]);
  });
});
