/** German words the engine reads. */
import type { Lexicon } from "./types";

export const DE: Lexicon = {
  lang: "de",
  stopWords: [
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine", "auch", "sich", "wird", "für", "auf",
    "im", "zu", "hat", "soll", "am", "des", "nach", "bei", "wurde", "werden", "neues", "neue", "neuen", "einen", "einem",
    "sowie", "über", "in", "zum", "zur", "wie", "als", "aus", "baut", "will", "investiert", "millionen", "milliarden",
  ],
  articles: ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines"],
  nameStopWords: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "in", "auch", "und", "dies", "diese",
    "dieser", "laut", "nach", "mit", "bei", "am", "im", "zum", "zur", "vom", "von", "wie", "als", "so", "zudem", "neue",
    "neuen", "neuer", "sowie", "oder", "wenn", "dass", "weil", "herr", "frau", "hier", "dort", "was", "wer", "welche",
    "alle", "viele", "mehr", "andere", "zwei", "drei", "erste", "ersten", "beide", "beiden", "sein", "seine", "ihr", "ihre",
    "unser", "unsere", "euch", "ihnen", "ihm", "uns", "mich", "mir", "dich", "sie", "er", "es", "wir", "ich", "du", "man",
    "bereits", "noch", "dann", "jetzt", "nun", "heute", "gestern", "waehrend", "wahrend", "uber", "rund", "etwa",
    "insgesamt", "allerdings", "quelle", "foto", "bild", "lesen", "dr", "prof",
  ],
  notOrgWords: [
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "marz", "juni",
    "juli", "oktober", "dezember",
    "iwf", "bip", "ki", "regierung", "ministerium", "parlament", "staat", "stadt", "provinz", "region", "konigreich",
    "republik", "prasident", "wirtschaft", "investition", "investitionen", "werk", "fabrik", "welt", "nord",
    "sud", "ost", "milliarden", "millionen", "prozent", "unternehmen", "konzern", "gruppe", "firma", "fonds", "ag", "gmbh",
    "chef", "hafen", "zentrum", "tonnen", "arbeitsplatze", "euro", "europaisch", "europaische", "europaischen", "norden",
    "suden", "osten", "westen", "pandemie", "ukraine-krieg", "krieg",
  ],
  orgSuffixes: ["ag", "gmbh", "se", "kg", "kgaa", "gruppe", "holding", "fonds"],
  orgDescriptors: [
    "konzern", "hersteller", "riese", "gigant", "unternehmen", "handler", "betreiber", "gruppe", "firma", "fonds", "bauer",
    "beschichter", "mittelstandler", "produzent", "anbieter", "dienst", "provider", "versorger", "zulieferer", "spezialist",
    "kette", "investor", "staatsfonds", "tochter", "marke", "reederei", "versicherer", "chemiekonzern", "startup", "start-up",
    "entwickler", "lieferant", "dienstleister", "bank",
  ],
  nameHeads: ["firma", "fonds", "holding", "bank"],
  personTitles: [
    "prasident", "prasidentin", "minister", "ministerin", "premierminister", "chef", "chefin", "gouverneur", "dr", "prof",
    "prinz", "scheich", "konig", "kanzler", "kanzlerin", "burgermeister", "direktor", "grunder", "vorstand",
    "vorstandsvorsitzender", "vorstandschef", "manager", "managerin", "sprecher", "sprecherin", "botschafter",
    "landeshauptmann", "staatschef", "ministerprasident", "kommissar", "vize", "herr", "frau", "vorsitzender", "vorsitzende",
    "geschaftsfuhrer", "korrespondent",
  ],
  stateBodyWords: [
    "ministerium", "regierung", "bundesamt", "bundeskartellamt", "kartellamt", "behorde", "kammer", "gipfel", "strategie",
    "gesetz", "universitat", "institut", "polizei", "armee", "landkreis", "kreis", "bundesland", "kabinett", "bundeskabinett",
    "emirat", "emirate", "staatsfonds", "regierungs", "kongress",
  ],
  stateBodySuffixes: ["kommission", "ministerium", "regierung", "behorde", "verwaltung", "bundesamt", "kammer", "agentur", "ausschuss", "senat"],
  eventWords: ["gipfel", "konferenz", "messe", "kongress"],
  continents: ["europa", "afrika", "asien", "amerika", "nahost", "ostafrika", "westafrika", "sudamerika", "lateinamerika"],
  corefNouns: ["konzern", "unternehmen", "firma", "gruppe", "hersteller", "chemiekonzern", "autobauer"],
  corefDeterminers: ["der", "des", "dem", "den", "das", "die", String.raw`seine?[mnr]?`, String.raw`ihre?[mnr]?`],
  corefPronouns: ["er", "sie"],
  subjectVerbs: [
    "wird", "werden", "plant", "investiert", "investierte", "investieren", "hat", "ist", "war", "baut", "eroffnet", "eroffnete",
    "ubernahm", "ubernimmt", "kauft", "kaufte", "gab", "kundigt", "kundigte", "sagte", "unterzeichnete", "legte", "erwirbt",
    "erwarb", "halt", "begann", "beginnt", "erweitert", "setzt", "errichtet", "steigt", "beteiligt", "beteiligte",
  ],
  countryNames: {
    "vereinigte staaten": "US", "amerika": "US", "grossbritannien": "GB", "schottland": "GB", "vae": "AE", "emirate": "AE",
    "vereinigte arabische emirate": "AE", "sudkorea": "KR", "nordkorea": "KP", "russland": "RU", "turkei": "TR",
    "tschechien": "CZ", "elfenbeinkuste": "CI", "niederlande": "NL", "slowakei": "SK", "philippinen": "PH",
    "demokratische republik kongo": "CD", "saudi arabien": "SA", "saudi-arabien": "SA",
  },
  // still in the multilingual table of country-adjectives.ts
  countryAdjectives: {},

  // --- clauses and roles
  andWords: ["und"],
  listAndWords: ["und", "sowie"],
  orWords: ["oder"],
  contrastWords: ["während", "aber"],
  relativeWords: ["wo", "aber"],
  locationPrepositions: ["nach", "im", "der", "bei", "in"],
  withWords: ["mit", "zusammen mit"],
  byWords: ["durch"],
  fromWords: ["von der", "aus"],
  possessives: [String.raw`seine[mnrs]?`, String.raw`ihre[mnrs]?`],
  subsidiaryOfWords: ["teil des", "teil der", "tochter des", "tochter der", String.raw`geh(?:ö|o)rt zu`],
  basedInWords: ["mit sitz in", "hauptsitz in", "ansassig in", "heimatmarkt"],
  basedSuffixes: ["ansassig"],
  clauseSubjectVerbs: ["wird", "soll", "sollen", "plant", "hat", "ist", "war", "hatte", "kündigte", "investiert", "baut", "eröffnet", "übernimmt", "möchte", "kann", "könnte", "übernahm", "kaufte", "kauft", "ging", "erwarb", "eröffnete"],
  soldWords: ["ging", "wurde verkauft", "verkaufte"],
  investorNouns: ["investoren", "unternehmen", "firmen", "konzerne", "investitionen", "beteiligung", "kapital", "geld", "kaufer", "kunden"],
  personDescriptors: [String.raw`milliard[äa]re?n?`, String.raw`unternehmer(?:in)?`, String.raw`gesch[äa]ftsm(?:a|ä)nn(?:er)?`],
  marketWords: ["markt", "markte", "kunden"],

  investmentTriggers: [
    "invest", "errichte", String.raw`\bbau(?:t|en|te)?\b`, "neubau", "eröffn", "eroffn", "grundstein", "gründ",
    String.raw`grund(?:et|ete)`, String.raw`[uü]bern(?:ahm|imm|ommen|ahme)`, "kauf", "erwerb", "erwirb", "erwarb", "anteil",
    "beteilig", "gemeinschaftsunternehmen", "erweiter", "ausbau", "fabrik", String.raw`\bwerk\b`, "produzieren", "fertigung",
    "standort",
  ],
  investmentAmountCues: [
    "invest", "bau", "errichte", String.raw`\bfür\b`, "zahlte", "übernahm", "kauf", "werk", "fabrik", "projekt", "summe",
  ],
  nonInvestmentWords: [
    "umsatz", "gewinn", "erlös", "verlust", "subvention", "förder", "beihilf", "zuschuss", "steuer", "kredit", "darlehen",
    "bußgeld", "bussgeld", "strafgeld", "auftrag", "vermögen", "schulden", "börsenwert", "entwicklungshilfe", "hilfe",
    "je aktie", "anleihe", "gesamtvolumen", "gehalt", "wert von", "pro jahr", "jährlich", "beitrag von", "bürgschaft",
    "buergschaft", String.raw`aktien\b`, "schaden", "lizenz",
  ],
  announcementWords: [
    String.raw`\bwird\b`, "investieren", "angekündigt", "kündigt", "bekannt", "unterzeichn", "baut", "genehmig",
    "grünes licht", "gruenes licht", "grundstein", "soll", "sollen",
  ],
  completionWords: [
    "eröffnet", "eroffnet", "in betrieb genommen", "abgeschlossen", String.raw`investierte\b(?!\s+(?:geld|kapital|summe))`,
    String.raw`\bwurden?\b.{0,60}investiert`, String.raw`hat\b.{0,60}investiert`, "übernahm", "ubernahm", "übernommen",
    "kaufte", "gekauft", "erwarb", "erworben", "beteiligte sich", String.raw`\b(?:hat|haben) sich\b.{0,80}\bbeteiligt\b`,
    String.raw`gehör(?:t|en)`, String.raw`\bhält\b`, String.raw`\bhalten\b`, String.raw`ging\b.{0,40}\ban\b`, String.raw`\bzahlte\b`,
  ],
  proposalWords: [
    "vorgeschlagen", String.raw`schlug\b.{0,60}\bvor\b`, String.raw`schlägt\b.{0,60}\bvor\b`, String.raw`\blud\b`, "eingeladen",
    "erwäg", "erwag", "prüft", "gespräche", "verhandl", "kandidat", "interesse", "könnte", "suchen", "wollen prüfen",
    String.raw`mögliche?`, "möglichkeit", "vorschlag", String.raw`engere[nr]? auswahl`, "diskut", "sondier",
  ],
  jointVentureWords: ["gemeinschaftsunternehmen"],
  stakeWords: ["anteil", "beteilig", "prozent an", "% an"],
  acquisitionWords: [
    String.raw`übern(?:ahm|imm|ommen|ahme)`, String.raw`ubern(?:ahm|imm|ommen|ahme)`, String.raw`\bkauf`, String.raw`\bkaufte`,
    "erwerb", "erwirb", "erwarb", String.raw`\bging\b.{0,40}\ban\b`,
  ],
  partnershipWords: ["partnerschaft", "kooperation", "zusammenarbeit", "allianz"],
  expansionWords: ["erweiter", "ausbau", "zusätzlich", String.raw`weitere[ns]?\b`, "bestehend"],
  greenfieldWords: [String.raw`\bneue[nsmr]?\b`, "erste", "bau", "errichte", "grundstein"],

  facilityWords: {
    data_center: [String.raw`rechenzentr\w*`, String.raw`datenzentr\w*`],
    export_center: [String.raw`exportzentr\w*`],
    logistics_center: [String.raw`\w*logisti[ck]-?zentr\w*`, String.raw`lagerhall\w*`, String.raw`lagerhaus\w*`, String.raw`verteilzentr\w*`],
    rnd_center: [String.raw`\w*forschungs\w*zentr\w*`, String.raw`\w*entwicklungszentr\w*`, String.raw`innovationszentr\w*`, String.raw`labor\b`],
    office: ["hauptsitz", "firmenzentrale", "regionalzentrale", String.raw`(?<!fur |for |pour |para |per )buros?\b`, String.raw`servicezentr\w*`],
    energy: [String.raw`kraftwerk\w*`, String.raw`\w*kraftwerk`, String.raw`solar ?park\w*`, String.raw`wind ?park\w*`, String.raw`raffinerie\w*`, String.raw`gasfeld\w*`],
    mine: [String.raw`bergwerk\w*`, "tagebau", "kupfermine", "goldmine"],
    infrastructure: [String.raw`hafen(?!stadt)\w*`, String.raw`eisenbahn\w*`, "flughafen", "brucke"],
    real_estate: ["wohnungen", "wohnanlage", "immobilien"],
    retail: [String.raw`einkaufszentr\w*`, String.raw`supermarkt\w*`],
    factory: [
      String.raw`gigafa(?:ctory|brik)\w*`, String.raw`\w*fabrik(?:en)?\b`, String.raw`\w*werk\b`, String.raw`\w*werke?s\b`,
      String.raw`\bwerk\w*`, String.raw`produktionsstatte\w*`, String.raw`produktionszentr\w*`, String.raw`produktionsanlage\w*`,
      String.raw`produktionsstandort\w*`, String.raw`fertigung\w*`, String.raw`montagewerk\w*`, "verbundstandort", "produzieren",
    ],
  },
  genericSiteWords: ["standort", "standorte", "anlage", "anlagen"],

  numberWords: {
    ein: 1, eine: 1, einer: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwolf: 12, zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, hundert: 100, halbe: 0.5,
    anderthalb: 1.5, eineinhalb: 1.5, "eine viertel": 0.25, dreiviertel: 0.75,
  },
  scaleWords: {
    tausend: 1e3, tsd: 1e3, mio: 1e6, millionen: 1e6, million: 1e6, mill: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
    billionen: 1e12, billion: 1e12, billions: 1e12,
  },
  currencyWords: {
    dollar: "USD", "us-dollar": "USD", "australische dollar": "AUD", "kanadische dollar": "CAD", euro: "EUR", pfund: "GBP",
    "britische pfund": "GBP", rupien: "INR", franken: "CHF", "schweizer franken": "CHF", "turkische lira": "TRY", rubel: "RUB",
    "agyptische pfund": "EGP", zloty: "PLN",
  },
  percentWords: ["prozent"],

  months: {
    januar: 1, februar: 2, marz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11,
    dezember: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12,
    jaenner: 1, janner: 1, feber: 2,
  },
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6 },
  todayWords: ["heute", "heute morgen"],
  yesterdayWords: ["gestern"],
  lastWeekWords: [
    "letzte woche", "vergangene woche", "vergangenen woche", "letzten woche", "in dieser woche", "diese woche",
    "anfang der woche",
  ],
  lastMonthWords: ["letzten monat", "vergangenen monat", "im vergangenen monat"],
  deadlineWords: ["bis", "bis ende", "bis zum jahr", "spatestens"],
  monthPrepositions: ["im", "seit", "mitte", "anfang", "ende"],
  yearPrepositions: ["im", "ende", "anfang"],
  yearNouns: ["dem jahr"],

  boilerplateCues: [
    String.raw`unsere[rn]? (?:website|artikel|beitr[aä]ge|accounts)`, "sozialen medien", "lesen sie auch", "mehr zum thema",
    "alle rechte vorbehalten", "^quelle: ", "teilt sie", "anzeige",
  ],
  relatedHeadings: ["mehr zum thema", "lesen sie auch"],
  aboutHeadings: ["über"],
  abbreviations: [
    "mio", "mrd", "mill", "tsd", "dr", "prof", "bzw", "ca", "vgl", "z", "b", "u", "a", "d", "h", "nr", "abs", "okt", "dez",
    "inkl", "evtl", "usw", "dipl", "kfm", "chr", "mwst", "v",
  ],

  ownAnnouncementWords: [String.raw`\bplant\b`],
  facilityFalseFriends: [String.raw`plants?`],
  notFacilityWords: [
    "netzwerk", "handwerk", "bauwerk", "feuerwerk", "regelwerk", "kunstwerk", "mauerwerk", "werkzeug", "werkstoff", "werktag",
    "stellwerk", "fabrikat",
  ],

  typicalLetters: [String.raw`[äöüß]`],
};
