/** Dutch words the engine reads. */
import type { Lexicon } from "./types";

export const NL: Lexicon = {
  lang: "nl",
  stopWords: [
    "de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "ook", "wordt", "bij", "naar",
    "heeft", "aan", "door", "worden", "werd", "zal", "gaat", "miljoen", "miljard", "bedrijf", "nieuwe",
  ],
  articles: ["de", "het", "een"],
  nameStopWords: [
    "de", "het", "een", "en", "van", "op", "voor", "met", "bij", "naar", "aan", "door", "ook", "dit", "deze", "die", "dat",
    "zijn", "haar", "hun", "volgens", "gisteren", "vandaag", "nu", "maar", "toen", "sinds", "daarnaast", "bovendien",
    "verder", "inmiddels", "eerder", "na", "tijdens", "over",
  ],
  notOrgWords: [
    "regering", "kabinet", "ministerie", "staat", "stad", "provincie", "gemeente", "economie", "investering",
    "investeringen", "fabriek", "miljoen", "miljard", "banen",
  ],
  orgSuffixes: ["nv", "bv", "n.v", "b.v", "groep", "holding"],
  orgDescriptors: ["bedrijf", "onderneming", "fabrikant", "producent", "groep", "maker", "gigant", "reus", "leverancier", "dochter", "dochteronderneming", "investeerder", "keten"],
  nameHeads: ["groep", "bank"],
  personTitles: ["minister", "premier", "president", "burgemeester", "directeur", "topman", "topvrouw", "voorzitter", "oprichter", "woordvoerder", "staatssecretaris", "ceo"],
  stateBodyWords: ["ministerie", "regering", "kabinet", "gemeente", "provincie", "agentschap", "commissie", "raad", "universiteit", "kamer", "overheid"],
  stateBodySuffixes: ["ministerie", "commissie", "agentschap"],
  eventWords: ["conferentie", "congres", "beurs"],
  continents: ["europa", "afrika", "azie", "amerika", "latijns-amerika"],
  corefNouns: ["bedrijf", "concern", "onderneming", "fabrikant", "groep"],
  corefDeterminers: ["het", "de", "dit", "deze"],
  corefPronouns: ["hij", "zij"],
  subjectVerbs: [
    "investeert", "investeerde", "gaat", "wil", "zal", "bouwt", "bouwde", "opent", "opende", "neemt", "nam", "koopt", "kocht",
    "kondigt", "kondigde", "heeft", "is", "breidt", "plant",
  ],
  countryNames: {
    "verenigde staten": "US", "vs": "US", "verenigd koninkrijk": "GB", "zuid-korea": "KR", "turkije": "TR", "duitsland": "DE",
    "nederland": "NL", "belgie": "BE", "polen": "PL", "tsjechie": "CZ", "frankrijk": "FR", "spanje": "ES", "italie": "IT",
    "china": "CN", "verenigde arabische emiraten": "AE",
  },
  countryAdjectives: {
    duits: "DE", duitse: "DE", chinees: "CN", chinese: "CN", amerikaans: "US", amerikaanse: "US", frans: "FR", franse: "FR",
    spaans: "ES", spaanse: "ES", italiaans: "IT", italiaanse: "IT", japans: "JP", japanse: "JP", "zuid-koreaans": "KR",
    "zuid-koreaanse": "KR", koreaanse: "KR", brits: "GB", britse: "GB", turks: "TR", turkse: "TR", belgisch: "BE",
    belgische: "BE", poolse: "PL", nederlands: "NL", nederlandse: "NL", indiaas: "IN", indiase: "IN", zweeds: "SE",
    zweedse: "SE", zwitsers: "CH", zwitserse: "CH", oostenrijks: "AT", oostenrijkse: "AT", russisch: "RU", russische: "RU",
    tsjechisch: "CZ", tsjechische: "CZ", hongaars: "HU", hongaarse: "HU", roemeens: "RO", roemeense: "RO",
    portugees: "PT", portugese: "PT", braziliaans: "BR", braziliaanse: "BR", canadees: "CA", canadese: "CA",
    saoedisch: "SA", saoedische: "SA", taiwanees: "TW", taiwanese: "TW", vietnamees: "VN", vietnamese: "VN",
    deens: "DK", deense: "DK", noors: "NO", noorse: "NO", finse: "FI", luxemburgs: "LU", luxemburgse: "LU",
    vlaams: "BE", vlaamse: "BE", waals: "BE", waalse: "BE",
  },

  investmentTriggers: [
    "investeer", "investering", "bouw", "opent", "opende", "overname", "overneemt", "neemt over", "nam over", String.raw`koopt\b`,
    String.raw`kocht\b`, "belang", "fabriek", "vestiging", "uitbreid", "breidt", "uit te breiden",
  ],
  investmentAmountCues: ["investeer", "investering", "bouw", "fabriek", String.raw`\bvoor\b`, "project", "bedrag", "overname"],
  nonInvestmentWords: [
    "omzet", "winst", "subsidie", "steun", "lening", "krediet", "opbrengst", "verlies", "bestelling", "order", "leveringscontract",
    "vergunning", "dividend", "per jaar", "jaarlijks",
  ],
  announcementWords: [
    "gaat investeren", "zal investeren", "wil investeren", String.raw`\bzal\b`, String.raw`\bgaat\b`, "kondigt", "aangekondigd",
    "van plan", "is van plan", "ondertekend", "goedgekeurd",
  ],
  completionWords: [
    String.raw`\b(?:heeft|hebben)\b.{0,60}\bgeinvesteerd`, "investeerde", "opende", "geopend", "nam over", "overgenomen", "kocht",
    "gekocht", "afgerond", "voltooid", "in gebruik genomen",
  ],
  proposalWords: ["overweegt", "onderzoekt", "in gesprek", "onderhandel", "kandidaat", "voorstel", "mogelijk", "zou kunnen", "interesse"],
  jointVentureWords: ["joint venture", "gezamenlijke onderneming"],
  stakeWords: ["belang", "aandeel in"],
  acquisitionWords: ["overname", "overneemt", "neemt over", "nam over", "overgenomen", String.raw`\bkoopt\b`, String.raw`\bkocht\b`],
  partnershipWords: ["samenwerking", "partnerschap", "alliantie"],
  expansionWords: ["uitbreid", "breidt", "uitbreiding", "bestaande"],
  greenfieldWords: ["nieuwe", "nieuw", "bouw"],

  facilityWords: {
    data_center: [String.raw`datacent(?:er|rum)s?`, String.raw`rekencentr\w*`],
    export_center: [String.raw`exportcentr\w*`],
    logistics_center: [String.raw`distributiecentr\w*`, String.raw`logistiek centr\w*`, String.raw`magazijn\w*`],
    rnd_center: [String.raw`onderzoekscentr\w*`, String.raw`innovatiecentr\w*`, String.raw`laboratori\w*`],
    office: [String.raw`hoofdkantoor\w*`, String.raw`kantoor\w*`],
    energy: [String.raw`zonnepark\w*`, String.raw`windpark\w*`, String.raw`energiecentrale\w*`, String.raw`elektriciteitscentrale\w*`, String.raw`raffinaderij\w*`],
    mine: [String.raw`\w+mijn(?:en)?\b`, String.raw`mijnbouw\w*`],
    infrastructure: [String.raw`zeehaven\w*`, String.raw`containerterminal\w*`, String.raw`luchthaven\w*`, String.raw`spoorlijn\w*`, String.raw`snelweg\w*`],
    real_estate: [String.raw`woningen`, String.raw`hotels?\b`],
    retail: [String.raw`winkels?\b`, String.raw`supermarkt\w*`],
    factory: [String.raw`fabriek(?:en)?\b`, String.raw`\w*fabriek\b`, String.raw`productielocatie\w*`, String.raw`assemblagefabriek\w*`],
  },
  genericSiteWords: ["vestiging", "locatie", "faciliteit"],

  numberWords: {
    een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twintig: 20, honderd: 100,
    half: 0.5, anderhalf: 1.5,
  },
  scaleWords: { duizend: 1e3, miljoen: 1e6, mln: 1e6, miljard: 1e9, mld: 1e9, miljarden: 1e9, biljoen: 1e12, billion: 1e12 },
  currencyWords: { euro: "EUR", dollar: "USD", pond: "GBP" },
  percentWords: ["procent"],

  months: {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10,
    november: 11, december: 12,
  },
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  todayWords: ["vandaag"],
  yesterdayWords: ["gisteren"],
  lastWeekWords: ["vorige week", "afgelopen week", "deze week"],
  lastMonthWords: ["vorige maand", "afgelopen maand"],
  deadlineWords: ["tegen", "uiterlijk", "tot"],
  monthPrepositions: ["in", "begin", "eind", "half"],
  yearPrepositions: ["in", "begin", "eind"],
  yearNouns: ["het jaar"],

  boilerplateCues: ["lees ook", "alle rechten voorbehouden"],
  relatedHeadings: ["lees ook", "lees meer", "meer over dit onderwerp"],
  aboutHeadings: ["over"],
  abbreviations: ["mln", "mld", "mr", "dhr", "mevr", "bv", "nv", "ca"],

  ownAnnouncementWords: [String.raw`\bplant\b`],
  facilityFalseFriends: [String.raw`plants?`],
};
