import { describe, expect, it } from "vitest";
import { rejectInvestorName } from "./rejects";
import { extractDeals } from "./index";

describe("rejectInvestorName, Portuguese", () => {
  it("the European Union is an international body, never an investor", () => {
    expect(rejectInvestorName("União Europeia", "pt")).not.toBeNull();
  });
  it("regions ('Norte de África', 'Vale do Silício', 'África del Norte') are no investors", () => {
    expect(rejectInvestorName("Norte de África", "pt")).not.toBeNull();
    expect(rejectInvestorName("Vale do Silício", "pt")).not.toBeNull();
    expect(rejectInvestorName("África del Norte", "es")).not.toBeNull();
  });
});

describe("investor name rejects", () => {
  it("a sentence-initial function word is no name, a mid-sentence capital is", () => {
    expect(rejectInvestorName("Where", "en", true)?.rule).toBe("rejectStopword");
    expect(rejectInvestorName("Mientras", "es", true)?.rule).toBe("rejectStopword");
    expect(rejectInvestorName("Kurz", "de", false)).toBeNull();
  });
  it("Turkish: a run that holds an office (Müsteşarı, Genel Sekreteri, Kurulu Üyesi, Yardımcısı, Direktörü) names a person", () => {
    for (const n of [
      "Ankara Ticaret Müsteşarı Corneliu Diaconita",
      "İZKA Genel Sekreteri Ergüder Can",
      "Bridgestone Corporation Yönetim Kurulu Üyesi",
      "Başkan Yardımcısı Volker Ratzmann",
      "Satış Direktörü Ali Kaya",
    ])
      expect(rejectInvestorName(n, "tr")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Bridgestone Corporation", "tr")).toBeNull();
  });
  it("news agencies, office holders, regions and German common nouns are never investors", () => {
    expect(rejectInvestorName("MENAFN", "en")?.rule).toBe("rejectNewsAgency");
    expect(rejectInvestorName("Bundeswirtschaftsminister Peter Altmaier", "de")?.rule).toBe("rejectOfficeHolder");
    // an inflected title ("des Präsidenten"), a director, a commissioner or an ambassador
    expect(rejectInvestorName("Präsidenten Ada Mbeki", "de")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Managing Director", "en")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("High Commissioner", "en")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Ambassador Lena Hart", "en")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Embajadora Ana Ruiz", "es")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Embaixador Rui Costa", "pt")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Ambassadeur Piet Jansen", "nl")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Wicepremier Jan Nowak", "pl")?.rule).toBe("rejectOfficeHolder");
    expect(rejectInvestorName("Westeuropa", "de")?.rule).toBe("rejectRegion");
    expect(rejectInvestorName("Southeast Asia", "en")?.rule).toBe("rejectRegion");
    expect(rejectInvestorName("Centroamérica", "es")?.rule).toBe("rejectRegion");
    expect(rejectInvestorName("América Latina", "pt")?.rule).toBe("rejectRegion");
    expect(rejectInvestorName("Nahrungsmittelsektor", "de")?.rule).toBe("rejectGermanCommonNoun");
    expect(rejectInvestorName("Ausbau", "de")?.rule).toBe("rejectGermanCommonNoun");
    expect(rejectInvestorName("Behörden", "de")?.rule).toBe("rejectGermanCommonNoun");
    expect(rejectInvestorName("Geschäfte", "de")?.rule).toBe("rejectGermanCommonNoun");
    expect(rejectInvestorName("Logistik", "de")?.rule).toBe("rejectGermanCommonNoun");
    expect(rejectInvestorName("Konzernüberschuss", "de")?.rule).toBe("rejectGermanCommonNoun");
    expect(rejectInvestorName("Datacenter", "de")?.rule).toBe("rejectGermanCommonNoun");
    expect(rejectInvestorName("Siemens", "de")).toBeNull();
    expect(rejectInvestorName("Fondo Monetario Internacional", "es")?.rule).toBe("rejectInternationalBody");
    expect(rejectInvestorName("Dünya Bankası", "tr")?.rule).toBe("rejectInternationalBody");
    expect(rejectInvestorName("Unii Europejskiej", "pl")?.rule).toBe("rejectInternationalBody");
    expect(rejectInvestorName("XXVI Cimeira Ibérica", "pt")?.rule).toBe("rejectRomanNumeral");
    expect(rejectInvestorName("IVC", "nl")).toBeNull();
    expect(rejectInvestorName("Programa de Resiliência Climática", "pt")?.rule).toBe("rejectProgramme");
    expect(rejectInvestorName("Sulama Modernizasyonu Projesi", "tr")?.rule).toBe("rejectProgramme");
    expect(rejectInvestorName("Angop", "pt")?.rule).toBe("rejectNewsAgency");
  });
  it("the agency credit before a story does not take the investor's place", () => {
    const deals = extractDeals(
      "(MENAFN) Alibaba will invest USD2 billion in Turkey, its subsidiary Trendyol said on Monday.",
      { published: "2023-09-18" },
    );
    expect(deals.map((d) => d.investor)).toEqual(["Alibaba"]);
  });
  it("a known organization needs no cue word", () => {
    const deals = extractDeals("Beiersdorf baut in Kenia ein neues Werk für 50 Millionen Euro.", {
      published: "2024-01-10",
    });
    expect(deals[0]?.investor).toBe("Beiersdorf");
    expect(deals[0]?.targetCountry).toBe("KE");
  });
  it("a capitalized function word opening the sentence is not part of the name", () => {
    const deals = extractDeals(
      "Für InPost investiert der polnische Konzern Integer 50 Millionen Euro in ein neues Logistikzentrum in Polen.",
      { published: "2019-05-27" },
    );
    expect(deals.map((d) => d.investor)).not.toContain("Für InPost");
  });
});

describe("development lenders", () => {
  it("rejects banks and funds for development, integration or reconstruction", async () => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName("Banco Centroamericano de Integración Económica", "es")?.rule).toBe(
      "rejectDevelopmentLender",
    );
    expect(rejectInvestorName("Banco Nacional de Desenvolvimento Econômico", "pt")?.rule).toBe(
      "rejectDevelopmentLender",
    );
    expect(rejectInvestorName("KfW", "de")?.rule).toBe("rejectInternationalBody");
    expect(rejectInvestorName("Public Investment Fund", "en")).toBeNull();
    expect(rejectInvestorName("Deutsche Bank", "de")).toBeNull();
  });
});

describe("international and state bodies in their own languages and cases", () => {
  it.each([
    ["Banku Światowego", "pl"],
    ["Międzynarodowego Funduszu Walutowego", "pl"],
    ["Skarbu Państwa", "pl"],
    ["Affari Esteri", "it"],
    ["DEİK", "tr"],
    ["TİKA", "tr"],
  ])("%s is no investor", async (name, lang) => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName(name, lang)?.rule).toBe("rejectInternationalBody");
  });
  it("nor is a stock index ('Mib'), while a firm named like a world body's word still is", async () => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName("Mib", "it")?.rule).toBe("rejectMarket");
    expect(rejectInvestorName("Bank Pekao", "pl")).toBeNull();
  });
});

describe("share links, publications and inflected Turkish words", () => {
  it("rejects each with its rule", async () => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName("WhatsApp Telegram Facebook Twitter Email LinkedIn", "en")?.rule).toBe(
      "rejectShareLinks",
    );
    expect(rejectInvestorName("Jornal Económico", "pt")?.rule).toBe("rejectPublication");
    expect(rejectInvestorName("Il Sole", "it")?.rule).toBe("rejectPublication");
    expect(rejectInvestorName("Handelsblatt", "de")?.rule).toBe("rejectPublication");
    expect(rejectInvestorName("Firmadan", "tr")?.rule).toBe("rejectTurkishInflected");
    expect(rejectInvestorName("Sözleşmenin", "tr")?.rule).toBe("rejectTurkishInflected");
    expect(rejectInvestorName("Toplantıda", "tr")).toBeNull();
    expect(rejectInvestorName("Görüşmede", "tr")?.rule).toBe("rejectTurkishInflected");
    expect(rejectInvestorName("Tornou-se", "pt")?.rule).toBe("rejectPortugueseCliticVerb");
    expect(rejectInvestorName("Mercedes-Benz", "pt")).toBeNull();
    expect(rejectInvestorName("Arçelik", "tr")).toBeNull();
    expect(rejectInvestorName("Deutsche Post", "de")).toBeNull();
  });
});

describe("English gerunds opening a sentence", () => {
  it("rejects them only at the start of a sentence", async () => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName("Establishing", "en", true)?.rule).toBe("rejectEnglishGerund");
    expect(rejectInvestorName("Establishing", "en", false)).toBeNull();
    expect(rejectInvestorName("Boeing", "en", true)).toBeNull();
  });
});

describe("chambers, associations and promotion agencies", () => {
  it("rejects them by name", async () => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName("Polsko-Ukraińskiej Izby Gospodarczej", "pl")?.rule).toBe("rejectAssociation");
    expect(rejectInvestorName("Invitalia", "it")?.rule).toBe("rejectAssociation");
    expect(rejectInvestorName("Branche Organisatie Zeehavens", "nl")?.rule).toBe("rejectAssociation");
    expect(rejectInvestorName("Associated British Foods", "en")).toBeNull();
  });
});

describe("people and zones", () => {
  it("rejects a nation's people as a plural noun, in any of the nine languages", () => {
    for (const [name, lang] of [
      ["Koreańczycy", "pl"],
      ["Chinezen", "nl"],
      ["Chinesen", "de"],
      ["Allemands", "fr"],
    ] as const)
      expect(rejectInvestorName(name, lang)?.rule).toBe("rejectDemonymNoun");
    expect(rejectInvestorName("Koreańczycy Holding", "pl")).toBeNull();
  });

  it("rejects special economic zones as promotion bodies", () => {
    expect(rejectInvestorName("Wałbrzyska Specjalna Strefa Ekonomiczna Invest-Park", "pl")?.rule).toBe(
      "rejectAssociation",
    );
    expect(rejectInvestorName("Suez Canal Special Economic Zone", "en")?.rule).toBe("rejectAssociation");
  });
});

describe("regions, stock markets and indices", () => {
  it.each([
    ["África Oriental", "pt", "rejectRegion"],
    ["Europa Central", "es", "rejectRegion"],
    ["Oriental Bank", "en", null],
    ["Piazza Affari", "it", "rejectMarket"],
    ["Ibex", "es", "rejectMarket"],
    ["Mercado de Valores", "es", "rejectMarket"],
    ["Nasdaq", "en", null],
    ["Manufacturing Tax Credit", "en", "rejectProgramme"],
    ["Credit Suisse", "en", null],
  ])("%s (%s): %s", async (name, lang, rule) => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName(name, lang)?.rule ?? null).toBe(rule);
  });
});

describe("an investment's own author after the investing word", () => {
  it("keeps 'neue Investitionen von Siemens in der Türkei'", async () => {
    const { extractDeals } = await import("./index");
    const de = extractDeals(
      "Der türkische Präsident Erdogan hat neue Investitionen von Siemens in der Türkei angekündigt.",
      { published: "2018-10-01" },
    );
    expect(de.map((d) => [d.investor, d.targetCountry])).toEqual([["Siemens", "TR"]]);
  });
  it("French: the World Bank's arms and development lenders named by acronym (IDA, AID, BAD, BOAD, SFI) invest nothing", () => {
    for (const n of ["IDA", "AID", "BAD", "BOAD", "SFI", "Association internationale de développement"])
      expect(rejectInvestorName(n, "fr")).not.toBeNull();
    const deals = extractDeals(
      "Le Sénégal a obtenu un appui de 60 milliards de FCFA de l'IDA pour construire des écoles à Dakar. " +
        "La BAD investit 40 millions de dollars dans une centrale solaire au Mali.",
      { published: "2020-05-04" },
    );
    expect(deals.map((d) => d.investor)).toEqual([]);
    expect(rejectInvestorName("Badoit", "fr")).toBeNull();
  });
});

describe("sites, zones and events named like firms", () => {
  it.each([
    ["Dire Dawa Industrial Park", "en", "rejectSiteName"],
    ["Teknolojik Sanayi Geliştirme Bölgesi", "tr", "rejectSiteName"],
    ["Vo Industrial Park", "tr", "rejectSiteName"],
    ["Puerto de Aguas Profundas", "es", "rejectSiteName"],
    ["Cimeira Empresarial US-África", "pt", "rejectSiteName"],
    ["Zone franche de Tanger", "fr", "rejectSiteName"],
    ["Interporto di Venezia", "it", "rejectSiteName"],
    ["Gmina Kobierzyce", "pl", "rejectSiteName"],
    ["Ciudad Agroalimentaria de Tudela", "es", "rejectSiteName"],
    ["Parc scientifique de Luminy", "fr", "rejectSiteName"],
    ["Gewerbegebiet Ost-Spange", "de", null],
    ["Industriegebiet", "de", "rejectSiteName"],
    ["Industriepark Höchst", "de", null],
    ["Porto Seguro", "pt", null],
    ["Centro Group", "es", null],
    ["Enerji Piyasası Düzenleme Kurumuna", "tr", "rejectTurkishCaseEnding"],
    ["Batı Akdeniz İhracatçılar Birliğinin", "tr", "rejectTurkishCaseEnding"],
    ["Kalyon Grubu", "tr", null],
    ["Garanti Bankası", "tr", null],
  ])("%s (%s): %s", async (name, lang, rule) => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName(name, lang)?.rule ?? null).toBe(rule);
  });
  it("keeps a firm whose name joins a site word to its own", async () => {
    const { rejectSiteName } = await import("./rejects");
    const name = "Adani Ports and Special Economic Zone";
    expect(
      rejectSiteName(name, "adani ports and special economic zone", name.toLowerCase().split(" "), "en", false),
    ).toBeNull();
  });
});

describe("adverbs opening a sentence", () => {
  it.each([
    ["Parallèlement", "fr", true, "rejectInitialAdverb"],
    ["Zusätzlich", "de", true, "rejectInitialAdverb"],
    ["Finalmente", "it", true, "rejectInitialAdverb"],
    ["Intecement", "pt", false, null],
    ["Vodafone", "en", true, null],
  ])("%s (%s, first word: %s): %s", async (name, lang, initial, rule) => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName(name, lang, initial)?.rule ?? null).toBe(rule);
  });
});

describe("multilateral lenders under their short names", () => {
  it.each([
    ["International Finance Corporation", "en"],
    ["Infrastructure Investment Bank", "en"],
    ["Extended Fund Facility", "en"],
    ["BEI", "it"],
    ["Banca Europea", "it"],
  ])("%s (%s)", async (name, lang) => {
    const { rejectInvestorName } = await import("./rejects");
    expect(rejectInvestorName(name, lang)?.rule).toBe("rejectInternationalBody");
  });
});
