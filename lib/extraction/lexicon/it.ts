/** Italian words the engine reads. */
import type { Lexicon } from "./types";

export const IT: Lexicon = {
  lang: "it",
  stopWords: ["il", "la", "di", "che", "e", "per", "con", "una", "del", "della", "sono", "nel", "alla", "gli", "è", "anche", "dei", "delle", "ha", "nella"],
  articles: ["il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno"],
  nameStopWords: [
    "la", "il", "lo", "gli", "i", "un", "una", "e", "con", "per", "del", "della", "di", "da", "su", "nel", "nella", "questo",
    "questa", "suo", "sua", "loro", "ieri", "dopo", "durante", "secondo", "anche", "ma", "quando", "oggi", "inoltre",
  ],
  notOrgWords: ["governo", "ministero", "stato", "citta", "provincia", "regione", "repubblica", "economia", "investimento", "investimenti", "milioni", "miliardi"],
  orgSuffixes: ["spa", "s.p.a", "srl", "gruppo"],
  orgDescriptors: ["gruppo", "azienda", "societa", "colosso", "filiale", "produttore", "costruttore"],
  nameHeads: ["gruppo", "banca"],
  personTitles: ["presidente", "ministro", "signor", "direttore", "amministratore", "ad", "pd", "sindaco", "fondatore"],
  stateBodyWords: ["comitato", "ministero", "universita", "palazzo", "gabinetto", "governo", "consiglio", "agenzia", "commissione"],
  stateBodySuffixes: ["ministero", "commissione"],
  eventWords: ["conferenza", "congresso", "vertice", "fiera"],
  continents: ["europa", "africa", "asia", "america", "america latina"],
  corefNouns: ["azienda", "società", "societa", "gruppo", "multinazionale"],
  corefDeterminers: ["la", "il", "lo", "l'", "questa"],
  corefPronouns: ["lui"],
  subjectVerbs: ["investira", "investe", "prevede", "ha", "sta", "costruira", "realizzera", "inaugura", "apre", "aprira"],
  countryNames: { "stati uniti": "US", "regno unito": "GB", "corea del sud": "KR", "turchia": "TR" },
  // still in the multilingual table of country-adjectives.ts
  countryAdjectives: {},

  investmentTriggers: ["invest", "costrui", "sorger", "quota", "ampliament", "fabbrica", "stabiliment"],
  investmentAmountCues: ["investiment", "costrui", String.raw`\bper\b`, "fabbrica", "progetto", "ammont"],
  nonInvestmentWords: [
    "fatturato", String.raw`\butile\b`, "ricavi", "l'anno", "sovvenzion", "prestit", "licenza", "commesse", "ordin[ei]",
  ],
  announcementWords: ["investirà", "prevede", "costruirà", "sorgerà", "annunci"],
  completionWords: ["ha aperto", "ha acquisito", "ha comprato", "ha completato", "ha investito", "inaugurat"],
  proposalWords: ["valuta", "in lizza", "trattativ", "candidat", "propost"],
  jointVentureWords: [String.raw`societ[aà] mista`],
  stakeWords: ["quota", "partecipazion"],
  acquisitionWords: ["acquisi"],
  partnershipWords: ["collaborazion", "alleanza", "partenariato"],
  expansionWords: ["ampliament", "amplia", "potenzia"],
  greenfieldWords: ["nuov", "costrui"],

  facilityWords: {
    data_center: [String.raw`centr[oi] (?:di )?dati`, String.raw`data center`],
    export_center: [String.raw`centr[oi] (?:di )?esportazione`],
    logistics_center: ["polo logistico", String.raw`magazzin[oi]`, String.raw`centr[oi] logistic[oi]`],
    rnd_center: [String.raw`centr[oi] di ricerca`],
    office: [String.raw`sede centrale`],
    energy: ["centrale elettrica", String.raw`parco (?:eolico|solare|fotovoltaico)`],
    mine: ["miniera"],
    infrastructure: [String.raw`porto\b`, "aeroporto", "ferrovia"],
    real_estate: [String.raw`alberghi`],
    retail: [String.raw`negozi?o?\b`],
    factory: [String.raw`fabbric\w*`, String.raw`stabiliment\w*`, "impianto"],
  },
  genericSiteWords: ["impianti"],

  numberWords: {
    un: 1, una: 1, uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, venti: 20,
    cento: 100,
  },
  scaleWords: { mille: 1e3, mila: 1e3, milioni: 1e6, milione: 1e6, miliardi: 1e9, miliardo: 1e9, mld: 1e9, mln: 1e6, billion: 1e12, billions: 1e12 },
  currencyWords: { euro: "EUR", dollari: "USD", dollaro: "USD", sterline: "GBP", rubli: "RUB", lire: "TRY" },
  percentWords: ["per cento"],

  months: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10,
    novembre: 11, dicembre: 12,
  },
  weekdays: { domenica: 0, lunedi: 1, martedi: 2, mercoledi: 3, giovedi: 4, venerdi: 5, sabato: 6 },
  todayWords: ["oggi"],
  yesterdayWords: ["ieri"],
  lastWeekWords: ["la settimana scorsa", "questa settimana"],
  lastMonthWords: ["il mese scorso"],
  deadlineWords: ["entro", "entro il", "fino al"],
  monthPrepositions: ["a", "ad", "nel"],
  yearPrepositions: ["nel", "durante"],
  yearNouns: ["l'anno"],

  boilerplateCues: ["leggi anche", "vedi anche"],
  relatedHeadings: ["leggi anche", "vedi anche"],
  aboutHeadings: ["informazioni su"],
  abbreviations: ["sig", "dott", "ing", "avv", "srl", "spa", "mln", "mld"],

  typicalLetters: [String.raw`\b(?:l|dell|nell|all)'`, String.raw`[àò]\s`],
};
