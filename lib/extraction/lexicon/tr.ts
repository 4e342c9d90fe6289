/** Turkish words the engine reads. */
import type { Lexicon } from "./types";

export const TR: Lexicon = {
  lang: "tr",
  stopWords: ["ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "daha", "çok", "milyon", "milyar", "yatırım", "şirket", "göre", "ise", "gibi", "kadar", "türkiye"],
  articles: ["bir"],
  nameStopWords: ["bu", "ve", "ile", "icin", "ayrica", "bugun", "dun", "ancak", "ise", "boylece"],
  notOrgWords: ["hukumet", "bakanlik", "sirket", "yatirim", "milyar", "milyon", "dolar", "avro"],
  orgSuffixes: ["as", "a.s", "sti", "holding", "grubu"],
  orgDescriptors: ["sirketi", "firmasi", "grubu", "devi", "devleri", "ureticisi", "holdingi", "operatoru", "operator"],
  nameHeads: ["holding"],
  personTitles: ["bakan", "bakani", "baskan", "baskani", "cumhurbaskani", "mudur", "muduru", "sozcusu"],
  stateBodyWords: ["bakanligi", "bakanlik", "kurumu", "ofisi", "baskanligi", "belediyesi", "universitesi", "meclisi"],
  stateBodySuffixes: ["bakanligi", "baskanligi"],
  eventWords: ["zirvesi", "fuari", "forumu"],
  continents: ["avrupa", "afrika", "asya", "amerika"],
  corefNouns: ["şirket", "sirket"],
  corefDeterminers: ["bu"],
  corefPronouns: ["şirket", "sirket"],
  subjectVerbs: ["yatirim", "yatiracak", "kuracak", "acacak"],
  countryNames: { "abd": "US", "guney kore": "KR", "turkiye": "TR" },
  // still in the multilingual table of country-adjectives.ts
  countryAdjectives: {},

  investmentTriggers: [
    String.raw`yat[iı]r[iı]m`, "kuracak", "kurdu", "acacak", "satin al", "ortak girisim", "tesis", "fabrika", "merkez",
  ],
  investmentAmountCues: [String.raw`yat[iı]r[iı]m`],
  nonInvestmentWords: [String.raw`te[sş]vik`, String.raw`hibe\b`, "garanti", String.raw`kredi\b`, "ciro", "lisans"],
  announcementWords: [String.raw`[\p{L}]+(?:acak|ecek)(?:tir|tır)?\b`, String.raw`planl[iı]yor`],
  completionWords: [
    String.raw`a[cç]t[iı](?!\p{L})`, String.raw`tamamlad[iı]`, String.raw`sat[iı]n ald[iı]`, String.raw`yat[iı]r[iı]m yapt[iı]`,
    String.raw`devrald[iı]`,
  ],
  proposalWords: [String.raw`de[gğ]erlendiri`, String.raw`g[oö]r[uü][sş][uü]yor`, "aday"],
  jointVentureWords: ["ortak giri"],
  stakeWords: [String.raw`hisse`],
  acquisitionWords: [String.raw`sat[iı]n al`, "devral"],
  partnershipWords: [String.raw`i[sş]birli[gğ]i`, String.raw`ortakl[iı][gğk]`],
  expansionWords: [String.raw`geni[sş]let`, "kapasite"],
  greenfieldWords: ["yeni"],

  facilityWords: {
    data_center: [String.raw`veri merkez\w*`],
    export_center: [String.raw`ihracat merkez\w*`],
    logistics_center: [String.raw`lojistik merkez\w*`],
    rnd_center: [String.raw`ar-ge merkez\w*`],
    office: [String.raw`genel merkez\w*`],
    energy: [String.raw`santral\w*`],
    mine: [String.raw`maden\w*`],
    infrastructure: [String.raw`liman\w*`, String.raw`havaliman\w*`, String.raw`demiryol\w*`, String.raw`otoyol\w*`],
    real_estate: [String.raw`konut\w*`],
    retail: [String.raw`magaza\w*`, "avm"],
    factory: [String.raw`fabrika\w*`, String.raw`uretim tesis\w*`],
  },
  genericSiteWords: ["tesis", "tesisi", "tesisleri"],

  numberWords: { bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yuz: 100 },
  scaleWords: { bin: 1e3, milyon: 1e6, milyar: 1e9 },
  currencyWords: {
    dolar: "USD", dolarlik: "USD", "dolar'lik": "USD", euroluk: "EUR", "euro'luk": "EUR", avro: "EUR", liralik: "TRY",
    sterlinlik: "GBP", sterlin: "GBP", "turk lirasi": "TRY", tl: "TRY",
  },
  percentWords: ["yüzde"],

  months: {
    ocak: 1, subat: 2, mart: 3, nisan: 4, mayis: 5, haziran: 6, temmuz: 7, agustos: 8, eylul: 9, ekim: 10, kasim: 11, aralik: 12,
  },
  weekdays: { pazar: 0, pazartesi: 1, sali: 2, carsamba: 3, persembe: 4, cuma: 5, cumartesi: 6 },
  todayWords: ["bugun"],
  yesterdayWords: ["dun"],
  lastWeekWords: ["gecen hafta"],
  lastMonthWords: ["gecen ay"],
  deadlineWords: ["kadar"],
  monthPrepositions: ["gecen"],
  yearPrepositions: [],
  yearNouns: [],

  boilerplateCues: ["ayrica okuyun"],
  relatedHeadings: [String.raw`ayr[iı]ca okuyun`],
  aboutHeadings: [String.raw`hakk[iı]nda`],
  abbreviations: ["sti"],

  typicalLetters: [String.raw`[ğış]`],
};
