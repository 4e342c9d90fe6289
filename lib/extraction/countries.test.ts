import { describe, expect, it } from "vitest";
import { adjectiveCountry, adjectiveCountryRaw, findCountries, lookupPlace } from "./countries";
import { extractDeals } from "./index";

describe("lookupPlace", () => {
  it.each([
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["Türkei", "TR"],
    ["Deutschland", "DE"],
    ["Vereinigte Staaten", "US"],
    ["Russland", "RU"],
    ["Südkorea", "KR"],
    ["Allemagne", "DE"],
    ["Italia", "IT"],
    ["Almanya", "DE"],
    ["UK", "GB"],
    ["Rep. Dominicana", "DO"],
    ["Demokratischen Republik Kongo", "CD"],
    ["Vereinigten Königreich", "GB"],
    ["Kanadzie", "CA"],
    ["Zjednoczonych Emiratach Arabskich", "AE"],
  ])("country %s -> %s", (name, code) => {
    expect(lookupPlace(name)).toEqual({ code, kind: "name" });
  });

  it.each([
    ["München", "DE"],
    ["Munich", "DE"],
    ["Wladiwostok", "RU"],
    ["Vladivostok", "RU"],
    ["Peking", "CN"],
    ["Pékin", "CN"],
    ["İzmir", "TR"],
    ["St. Pölten", "AT"],
    ["Mailand", "IT"],
    ["San Luis Potosí", "MX"],
    ["Moskau", "RU"],
    ["Tunisi", "TN"],
    ["Francoforte", "DE"],
    ["Varsavia", "PL"],
    ["Haiphong", "VN"],
    ["Kecskemét", "HU"],
  ])("city %s -> %s", (name, code) => {
    expect(lookupPlace(name)).toEqual({ code, kind: "city" });
  });

  it("knows states and regions as Polish, Dutch, Portuguese and Turkish write them, and Polish locatives of names in -ia, -ja", () => {
    expect(lookupPlace("Wirginia")?.code).toBe("US");
    expect(lookupPlace("Beieren")?.code).toBe("DE");
    expect(lookupPlace("Carolina do Norte")?.code).toBe("US");
    expect(lookupPlace("Kapadokya")?.code).toBe("TR");
    expect(lookupPlace("Montevideo")?.code).toBe("UY");
    expect(lookupPlace("Dalmacja")?.code).toBe("HR");
    expect(findCountries("Firma zbuduje fabrykę w Kalifornii i drugą w Szkocji.", 0).map((c) => c.code)).toEqual([
      "US",
      "GB",
    ]);
  });
  it("returns null for unknown places", () => {
    expect(lookupPlace("Atlantis")).toBeNull();
  });
});

describe("adjectiveCountry", () => {
  it.each([
    ["türkischen", "TR"],
    ["chinesische", "CN"],
    ["Slovak", "SK"],
    ["japanischer", "JP"],
    ["französische", "FR"],
    ["mexicana", "MX"],
    ["estadounidense", "US"],
    ["coreana", "KR"],
    ["zentralvietnamesischen", "VN"],
    ["südkoreanische", "KR"],
    ["Saudi", "SA"],
    ["tedesca", "DE"],
    ["allemand", "DE"],
    // each language's lexicon lists the adjectives of every country it knows, in all their forms
    ["chilijskiej", "CL"],
    ["ivoirienne", "CI"],
    ["Ganalı", "GH"],
    ["ghanesa", "GH"],
    ["keniota", "KE"],
    ["angolana", "AO"],
    ["Keniaanse", "KE"],
    ["kenianische", "KE"],
    ["Zambian", "ZM"],
    ["nipón", "JP"],
  ])("%s -> %s", (word, code) => {
    expect(adjectiveCountry(word)).toBe(code);
  });

  it("reads Italian and Spanish regions' and cities' adjectives as the country ('la trentina Alupress')", () => {
    expect(adjectiveCountry("trentina")).toBe("IT");
    expect(adjectiveCountry("bergamasche")).toBe("IT");
    expect(adjectiveCountry("vallisoletana")).toBe("ES");
    const d = extractDeals(
      "La trentina Alupress investirà 19,9 milioni di dollari in un nuovo stabilimento nel South Carolina, negli Stati Uniti.",
      { published: "2024-05-02" },
    );
    expect(d.map((x) => [x.investor, x.investorCountry, x.targetCountry])).toEqual([["Alupress", "IT", "US"]]);
  });
  it("does not read ordinary words as countries", () => {
    expect(adjectiveCountry("further")).toBeNull();
    expect(adjectiveCountry("investieren")).toBeNull();
  });

  it("leaves out nouns for the people, which name the investor's side ('die Dänen investieren'), and the agency Lusa", () => {
    expect(adjectiveCountry("Amerykanie")).toBeNull();
    expect(adjectiveCountry("Dänen")).toBeNull();
    expect(adjectiveCountry("Lusa")).toBeNull();
  });
});

describe("findCountries", () => {
  it("reads a Dutch or Flemish big town's adjective as its country ('in de Rotterdamse haven', 'de Antwerpse haven')", () => {
    expect(findCountries("Varnock bouwt een terminal in de Rotterdamse haven.").map((c) => c.code)).toEqual(["NL"]);
    expect(findCountries("Varnock investeert in de Antwerpse haven.").map((c) => c.code)).toEqual(["BE"]);
  });
  it("finds short country names that can only be countries, not short words", () => {
    const codes = (t: string) => findCountries(t).map((c) => c.code);
    expect(codes("Çin'de ve Fas'ta yeni fabrikalar, BAE'de bir ofis")).toEqual(["CN", "MA", "AE"]);
    expect(codes("um investimento em Omã")).toEqual(["OM"]);
    expect(codes("Abd Allah said. Us and them.")).toEqual([]);
    // Dominican news write their country "RD"
    expect(codes("invertirán 1.000 millones de dólares en RD")).toEqual(["DO"]);
    // an upper-case short name before a firm's head word names the firm ("ABD" is Turkish for the United States)
    expect(codes("La firme ABD Group va investir en Côte d'Ivoire, comme US Steel aux ABD.")).toEqual(["CI", "US"]);
  });

  it("finds names, adjectives and cities with their offsets", () => {
    const text = "Der japanische Hersteller baut ein Werk in Polen, nahe Breslau.";
    const found = findCountries(text);
    expect(found.map((c) => [c.text, c.code, c.kind])).toEqual([
      ["japanische", "JP", "adjective"],
      ["Polen", "PL", "name"],
      ["Breslau", "PL", "city"],
    ]);
    expect(found[1].prev).toBe("in");
    expect(text.slice(found[2].start, found[2].end)).toBe("Breslau");
  });

  it("reads U.S. style codes but not the dollar prefix US$", () => {
    expect(findCountries("a plant in the US for US$5bn").map((c) => c.code)).toEqual(["US"]);
  });

  it("reads a country's name in the cases Polish inflects it", () => {
    for (const [text, code] of [
      ["w Kenii", "KE"],
      ["w Nigerii", "NG"],
      ["w Tunezji", "TN"],
    ])
      expect(findCountries(text).map((c) => c.code)).toEqual([code]);
  });
  it("reads a German genitive of a country", () => {
    expect(findCountries("im Norden Vietnams").map((c) => c.code)).toEqual(["VN"]);
  });
});

describe("towns of the GeoNames list", () => {
  it("reads a small town after a place preposition", () => {
    expect(
      findCountries("Pfizer investeerde 1,2 miljard euro in zijn site in Puurs.").map((c) => [c.text, c.code, c.kind]),
    ).toContainEqual(["Puurs", "BE", "city"]);
    expect(findCountries("Data4 costruirà un campus a Cornaredo.").map((c) => c.code)).toContain("IT");
  });
  it("ignores the same name without a preposition, and directions that are also towns", () => {
    expect(findCountries("Puurs is een gemeente.").map((c) => c.code)).not.toContain("BE");
    expect(findCountries("In der Hafenstadt Haiphong im Norden Vietnams").map((c) => c.code)).not.toContain("DE");
  });
});

describe("Polish places in the locative", () => {
  it("reads the town behind 'w Szczecinie', 'w Żarowie'", () => {
    expect(findCountries("Firma wybuduje fabrykę w Żarowie obok Świdnicy.").map((c) => c.code)).toContain("PL");
    expect(findCountries("Centrum powstanie w Szczecinie.").map((c) => c.code)).toContain("PL");
  });
});

describe("feminine and plural country adjectives", () => {
  it("reads Spanish and Portuguese feminines of adjectives in a consonant", () => {
    for (const [w, code] of [
      ["alemana", "DE"],
      ["alemanas", "DE"],
      ["española", "ES"],
      ["rusa", "RU"],
      ["danesa", "DK"],
      ["irlandesa", "IE"],
      ["tedesche", "DE"],
      ["tcheca", "CZ"],
    ])
      expect(adjectiveCountryRaw(w)).toBe(code);
    for (const w of ["casa", "cosa", "causa", "mana"]) expect(adjectiveCountryRaw(w)).toBeNull();
  });

  it("reads Turkish demonyms in -li/-lı/-lu/-lü built on a country's name", () => {
    for (const [w, code] of [
      ["İsveçli", "SE"],
      ["Amerikalı", "US"],
      ["Belçikalı", "BE"],
      ["Azerbaycanlı", "AZ"],
      // and those the lexicon lists, not built on the Turkish country name
      ["Hintli", "IN"],
      ["ABD’li", "US"],
    ])
      expect(adjectiveCountryRaw(w)).toBe(code);
    for (const w of ["Napoli", "Tripoli"]) expect(adjectiveCountryRaw(w)).toBeNull();
    // ("Somali" is English's adjective for Somalia, not a Turkish demonym of anything)
    expect(adjectiveCountryRaw("Somali")).toBe("SO");
  });
});

describe("regions named with a country's word", () => {
  it("reads 'América Latina', 'Amérique du Sud', 'Latin Amerika' as regions, not the United States or the town Latina", () => {
    const codes = (t: string) => findCountries(t).map((c) => c.code);
    expect(codes("as maiores fintechs da América Latina e da América do Sul")).toEqual([]);
    expect(codes("présent en Amérique latine et au Canada")).toEqual(["CA"]);
    expect(codes("Latin Amerika pazarına ve Amerika'ya açılıyor")).toEqual(["US"]);
    expect(codes("una fabbrica a Latina")).toEqual(["IT"]);
  });
});

describe("a town named like a country's adjective", () => {
  it("reads a capitalized adjective after a preposition of place and before a comma as a town, not the country", () => {
    const codes = (t: string) => findCountries(t).map((c) => c.code);
    expect(codes("A Greiner vai construir uma fábrica em Americana, no interior paulista.")).not.toContain("US");
    expect(codes("Acme will invest in American plants.")).toContain("US");
    expect(codes("Der Konzern investiert in Schweizer Werke.")).toContain("CH");
  });
});
