import { describe, expect, it } from "vitest";
import { detectLanguage, extractDeals } from "../index";
import { accentTolerant, anyWordForm, LEXICONS, wordForm } from "./all";
import { REQUIRED_KEYS, type Lexicon } from "./types";
import { commonWordsOf, germanCompoundNoun } from "./common-words";
import { TRIGGER_RE } from "./cue-words";
import { INVEST_STEM_RE } from "./context-words";

/** Keys a language still leaves empty, with the reason; the test fails when this list is out of date either way. */
const KNOWN_GAPS: Record<string, string[]> = {
  // a firm's name joins a lower-case "of the" only in French, Spanish, Portuguese and Italian: German capitalizes the
  // nouns around its genitive ("Baukosten des Werks"), English and Dutch write two words ("Bank of the West")
  // ("Stadt Wolfsburg": the place noun stands before the name)
  // German, Dutch, Polish and Turkish participles open no sentence before a preposition the way Romance ones do
  // German news is written for Germany, Austria and Switzerland alike: no home country
  // a registered name joined by "and" that runs on to its legal form ("Sanayi ve Ticaret A.Ş.") is Turkish usage
  de: ["firmNameParticles", "registeredNameTradeWords", "registeredNameLegalForms", "homeCountry", "placeNounsAfter", "participleEndings", "participlePrepositions"],
  // English, French, Spanish and Portuguese news is written for many countries: no home country
  en: ["firmNameParticles", "registeredNameTradeWords", "registeredNameLegalForms", "homeCountry"],
  fr: ["registeredNameTradeWords", "registeredNameLegalForms", "homeCountry", "basedSuffixes", "placeNounsAfter"],
  es: ["registeredNameTradeWords", "registeredNameLegalForms", "homeCountry", "basedSuffixes", "placeNounsAfter"],
  it: ["registeredNameTradeWords", "registeredNameLegalForms", "basedSuffixes", "placeNounsAfter"],
  // Turkish puts its postpositions and titles after the noun ("Ford Otosan Genel Müdürü" names the firm, then the office) ("2023 yılında", "İstanbul'da", "X tarafından"): the engine
  // reads these words before the noun, so they have no Turkish counterpart yet
  // Polish and Turkish adverbs share their endings with nouns and adjectives ("Obecnie", "Przejęcie"; "hızla"): none
  // (and Turkish names the buyer before the verb, in the dative: "X, Y'ye satıldı")
  tr: ["firmNameParticles", "surnameParticles", "adverbEndings", "adviserWords", "besidesWords", "inWords", "copulas", "sinceWords", "cityPrepositions", "placeOfWords", "placeNounsBefore", "placeNameParticles", "locationPrepositions", "byWords", "fromWords", "withWords", "subsidiaryOfWords", "basedInWords", "genitiveWords", "ofWords", "unitOfWords", "titlesAfterName", "yearPrepositions", "yearNouns", "participleEndings", "participlePrepositions"],
  // "UK-based": Romance languages and Polish put "based" before the place ("basée en France"), see basedInWords
  pt: ["registeredNameTradeWords", "registeredNameLegalForms", "homeCountry", "basedSuffixes", "placeNounsAfter"],
  // Polish and Turkish surnames take no particle
  pl: ["firmNameParticles", "surnameParticles", "registeredNameTradeWords", "registeredNameLegalForms", "adverbEndings", "basedSuffixes", "placeNounsAfter", "participleEndings", "participlePrepositions"],
  // "provincie Limburg": the place noun stands before the name
  nl: ["firmNameParticles", "registeredNameTradeWords", "registeredNameLegalForms", "placeNounsAfter", "participleEndings", "participlePrepositions"],
};

function isEmpty(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (v && typeof v === "object") return Object.values(v).every(isEmpty) || Object.keys(v).length === 0;
  return v === undefined || v === null || v === "";
}

function missingKeys(l: Lexicon): string[] {
  const out: string[] = REQUIRED_KEYS.filter((k) => isEmpty(l[k]));
  for (const [type, words] of Object.entries(l.facilityWords)) if (!words.length) out.push(`facilityWords.${type}`);
  return out;
}

describe("lexicons", () => {
  it("has one lexicon for each of the nine languages", () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual(["de", "en", "es", "fr", "it", "nl", "pl", "pt", "tr"]);
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))("%s fills every key (or the gap is known)", (lang, l) => {
    const missing = missingKeys(l);
    if (missing.length) console.info(`lexicon ${lang} lacks: ${missing.join(", ")}`);
    expect([...missing].sort()).toEqual([...(KNOWN_GAPS[lang] ?? [])].sort());
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))("%s names all twelve months and seven weekdays", (_lang, l) => {
    expect(new Set(Object.values(l.months))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(new Set(Object.values(l.weekdays))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))("%s writes words folded where the engine compares folded words", (_lang, l) => {
    const folded = [...l.nameStopWords, ...l.notOrgWords, ...l.orgSuffixes, ...l.orgDescriptors, ...l.personTitles,
      ...l.stateBodyWords, ...Object.keys(l.months), ...Object.keys(l.weekdays), ...Object.keys(l.scaleWords),
      ...Object.keys(l.numberWords), ...Object.keys(l.countryNames), ...Object.keys(l.countryAdjectives)];
    expect(folded.filter((w) => w !== w.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase() || /[łß]/.test(w))).toEqual([]);
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))("%s regex sources compile", (_lang, l) => {
    const sources = [...l.investmentTriggers, ...l.completionWords, ...l.proposalWords, ...l.announcementWords,
      ...l.nonInvestmentWords, ...l.investmentAmountCues, ...Object.values(l.facilityWords).flat(), ...l.boilerplateCues];
    for (const s of sources) expect(() => new RegExp(accentTolerant(s), "iu"), s).not.toThrow();
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))("%s word forms and case endings compile", (_lang, l) => {
    for (const [key, src] of Object.entries(l.wordForms ?? {})) expect(() => new RegExp(src, "u"), key).not.toThrow();
    for (const [src] of [...(l.placeCaseEndings ?? []), ...(l.nameCaseEndings ?? [])])
      expect(() => new RegExp(src, "u"), src).not.toThrow();
  });

  it("reads a word form for its own language only, and every language's for any text", () => {
    expect(wordForm("tr", "inflectedWord")?.test("firmadan")).toBe(true);
    expect(wordForm("de", "inflectedWord")).toBeNull();
    expect(wordForm(null, "inflectedWord")).toBeNull();
    expect(anyWordForm("boughtAfterName")?.test("'i satin aldi")).toBe(true);
    expect(anyWordForm("compoundAdjective", "iu")?.test("UK-Based")).toBe(true);
  });

  it("matches accented spellings of words a lexicon writes folded", () => {
    expect(new RegExp(accentTolerant("zaklad"), "iu").test("zakład")).toBe(true);
    expect(new RegExp(accentTolerant("f[aá]brica"), "iu").test("fábrica")).toBe(true);
    expect(new RegExp(accentTolerant(String.raw`\bwill\b`), "iu").test("wille")).toBe(false);
    expect(new RegExp(accentTolerant("vient d'inaugurer"), "iu").test("vient d’inaugurer")).toBe(true);
  });
});

describe("language detection from the lexicons' stop words", () => {
  it.each([
    ["pt", "O grupo anunciou que vai investir na construção de uma nova fábrica no norte do país, com mais de mil postos de trabalho."],
    ["nl", "Het bedrijf heeft bekendgemaakt dat het de komende jaren een nieuwe fabriek gaat bouwen in de provincie, met honderden banen."],
    ["pl", "Spółka poinformowała, że w przyszłym roku rozpocznie budowę nowego zakładu, który da pracę dla kilkuset osób w regionie."],
  ])("tells %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe("words of the new languages reach the engine", () => {
  const one = (text: string) => {
    const deals = extractDeals(text, { published: "2024-03-14" });
    expect(deals).toHaveLength(1);
    return deals[0];
  };

  it("Portuguese: 'vai investir 1,5 mil milhões de euros numa nova fábrica'", () => {
    const d = one("A Volkswagen vai investir 1,5 mil milhões de euros numa nova fábrica em Setúbal, em Portugal, anunciou a empresa na segunda-feira.");
    expect(d).toMatchObject({ investor: "Volkswagen", targetCountry: "PT", amount: 1.5e9, currency: "EUR", status: "announced", announcedOn: "2024-03-11" });
    expect(d.facilities.map((f) => f.type)).toEqual(["factory"]);
  });

  it("Portuguese (Brazil): 'R$ 5,5 bilhões'", () => {
    const d = one("A montadora chinesa BYD vai investir R$ 5,5 bilhões em uma fábrica de carros elétricos em Camaçari, na Bahia, no Brasil.");
    expect(d).toMatchObject({ investor: "BYD", targetCountry: "BR", amount: 5.5e9, currency: "BRL", status: "announced" });
  });

  it("Portuguese: 'inaugurou' is completed", () => {
    const d = one("A Renault inaugurou ontem a nova fábrica de Aveiro, em Portugal, um investimento de 100 milhões de euros.");
    expect(d).toMatchObject({ investor: "Renault", targetCountry: "PT", amount: 1e8, currency: "EUR", status: "completed", announcedOn: "2024-03-13" });
  });

  it("Dutch: 'investeert 2,8 miljard euro in een nieuw datacenter'", () => {
    const d = one("Het Amerikaanse Microsoft investeert 2,8 miljard euro in een nieuw datacenter in Middenmeer in Nederland, maakte het bedrijf dinsdag bekend.");
    expect(d).toMatchObject({ investor: "Microsoft", targetCountry: "NL", amount: 2.8e9, currency: "EUR", status: "announced", announcedOn: "2024-03-12" });
    expect(d.facilities).toEqual([{ type: "data_center", city: "Middenmeer", name: null }]);
  });

  it("Dutch: 'heeft … geïnvesteerd' is completed", () => {
    const d = one("Tesla heeft vorig jaar 200 miljoen euro geïnvesteerd in de fabriek in Tilburg, Nederland.");
    expect(d).toMatchObject({ investor: "Tesla", targetCountry: "NL", amount: 2e8, currency: "EUR", status: "completed" });
  });

  it("Polish: 'zainwestuje 1,5 mld zł w rozbudowę fabryki'", () => {
    const d = one("Koreański koncern LG Energy Solution zainwestuje 1,5 mld zł w rozbudowę fabryki baterii w Kobierzycach w Polsce - poinformowała spółka w czwartek.");
    expect(d).toMatchObject({ investor: "LG Energy Solution", targetCountry: "PL", amount: 1.5e9, currency: "PLN", status: "announced", kind: "expansion", investorCountry: "KR" });
  });

  it("Polish: 'zbuduje w Polsce zakład o wartości 4,6 mld dolarów'", () => {
    const d = one("Intel zbuduje w Polsce zakład o wartości 4,6 mld dolarów pod Wrocławiem.");
    expect(d).toMatchObject({ investor: "Intel", targetCountry: "PL", amount: 4.6e9, currency: "USD", status: "announced" });
    expect(d.facilities.map((f) => f.type)).toEqual(["factory"]);
  });
});

describe("common words (common-words.json)", () => {
  it("every language has its frequent lower-case words, folded, and no name the engine knows", () => {
    for (const l of LEXICONS) {
      const words = commonWordsOf(l.lang);
      expect(words.size, l.lang).toBeGreaterThan(3000);
      expect([...words].every((w) => w === w.toLowerCase()), l.lang).toBe(true);
    }
    expect(commonWordsOf("nl").has("daarmee")).toBe(true);
    expect(commonWordsOf("de").has("kurzlich")).toBe(true);
    expect(commonWordsOf("de").has("haus")).toBe(false); // German writes its nouns with a capital
    expect(commonWordsOf("it").has("google")).toBe(false); // a known name, though subtitles say it often
  });
  it("German compound nouns are told by their head noun; short heads and whole words alone are not enough", () => {
    expect(germanCompoundNoun("hauptsitz")).toBe(true);
    expect(germanCompoundNoun("noventa")).toBe(false);
    expect(germanCompoundNoun("sitz")).toBe(false);
  });
});

describe("investing words", () => {
  it("reads 'investors' in any language as no investing word, 'invests' as one", () => {
    for (const w of ["gli investitori", "les investisseurs", "the investors", "os investidores", "die Investoren", "los inversionistas", "de investeerders", "inwestorzy", "yatırımcılar"])
      expect(TRIGGER_RE.test(w)).toBe(false);
    for (const w of ["investirà", "investit", "invests", "investiert", "investiu", "gli investimenti", "inversión", "investeert", "inwestycja", "yatırım yapacak"])
      expect(TRIGGER_RE.test(w)).toBe(true);
  });
  it("reads the French 'création d'une' (setting up a site or firm) as investing, not 'création d'emplois'", () => {
    expect(INVEST_STEM_RE.test("le projet prévoit la création d'une unité de montage")).toBe(true);
    expect(INVEST_STEM_RE.test("la création d’un centre logistique")).toBe(true);
    expect(INVEST_STEM_RE.test("la création d'emplois dans la région")).toBe(false);
  });
});
