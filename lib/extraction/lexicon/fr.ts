/** French words the engine reads. */
import type { Lexicon } from "./types";

export const FR: Lexicon = {
  lang: "fr",
  stopWords: ["le", "la", "les", "et", "des", "du", "est", "une", "dans", "pour", "sur", "avec", "qui", "au", "par", "ses", "son", "cette", "aux", "d'un"],
  articles: ["le", "la", "les", "l'", "un", "une", "des"],
  nameStopWords: [
    "la", "le", "les", "un", "une", "en", "et", "du", "de", "sur", "avec", "dans", "pour", "ces", "cette", "ce", "deux",
    "trois", "ses", "hier", "apres", "selon", "aussi", "mais", "lorsque", "quand", "depuis", "avant", "cependant",
    "aujourd'hui", "ainsi", "par ailleurs", "enfin",
  ],
  notOrgWords: [
    "gouvernement", "ministere", "etat", "ville", "province", "royaume", "republique", "economie", "investissement",
    "investissements", "milliards", "millions", "euros", "emplois",
  ],
  orgSuffixes: ["sa", "s.a", "sas", "sarl", "groupe", "sca"],
  orgDescriptors: ["groupe", "entreprise", "societe", "fabricant", "geant", "constructeur", "maison", "filiale", "equipementier", "industriel"],
  nameHeads: ["societe", "groupe", "compagnie", "maison"],
  personTitles: ["president", "ministre", "premier", "gouverneur", "monsieur", "madame", "pdg", "directeur", "fondateur", "porte-parole", "maire"],
  stateBodyWords: ["ministere", "commune", "gouvernement", "conseil", "agence", "commission", "prefecture", "universite"],
  stateBodySuffixes: ["ministere", "commission"],
  eventWords: ["sommet", "salon", "congres", "forum", "conference"],
  continents: ["europe", "afrique", "asie", "amerique", "amerique latine"],
  corefNouns: ["entreprise", "société", "societe", "groupe"],
  corefDeterminers: ["la", "le", "l'"],
  corefPronouns: ["elle", "il"],
  subjectVerbs: [
    "investira", "prevoit", "rachete", "acquiert", "a", "poursuit", "augmente", "envisage", "inaugure", "ouvre", "ouvrira",
    "investit", "investi", "construira",
  ],
  countryNames: {
    "etats unis": "US", "royaume uni": "GB", "coree du sud": "KR", "turquie": "TR",
    "republique democratique du congo": "CD", "rdc": "CD",
  },
  // still in the multilingual table of country-adjectives.ts
  countryAdjectives: {},

  investmentTriggers: ["invest", String.raw`rach[eè]t`, "coentreprise", "agrandi", "usine", "inaugur", "implant", "construi"],
  investmentAmountCues: ["investiss", String.raw`\bpour\b`, "usine", "projet", "montant"],
  nonInvestmentWords: [
    "chiffre d'affaires", "bénéfice", String.raw`\bannui\b`, String.raw`\baides?\b`, "soutien public", "soutien de l", "ventes",
    "subvention", String.raw`prêts?\b`, "commande", "licence",
  ],
  announcementWords: ["prévoit", "prevoit", "va investir", "investira", "annonc", "construira"],
  completionWords: [
    String.raw`inaugur[eé]`, String.raw`\ba ouvert`, String.raw`\ba achet[eé]`, String.raw`\ba finalis`, String.raw`\ba investi\b`,
    String.raw`rach[eè]te`, "racheté", "a acquis", "officialis",
  ],
  proposalWords: ["considér", "envisag", "propos", "négoci", "en lice", "candidat"],
  jointVentureWords: ["coentreprise", "co-entreprise"],
  stakeWords: ["participation"],
  acquisitionWords: [String.raw`rach[eè]t`, "acquiert", "acquisition"],
  partnershipWords: ["partenariat", "alliance"],
  expansionWords: ["agrandi", "augmente", "extension", "moderni"],
  greenfieldWords: ["nouvel", "nouvelle", "construi"],

  facilityWords: {
    data_center: [String.raw`centres? de donnees`],
    export_center: [String.raw`centres? d'exportation`],
    logistics_center: [String.raw`centres? logistiques?`, String.raw`entrepots?`],
    rnd_center: ["unite pilote r&d", String.raw`centres? de recherche`],
    office: ["siege social"],
    energy: [String.raw`centrale (?:electrique|solaire)`, String.raw`raffinerie\w*`],
    mine: [String.raw`\bmines?\b`],
    infrastructure: [String.raw`\bports?\b`, String.raw`aeroports?`],
    real_estate: [String.raw`hotels?\b`],
    retail: [String.raw`magasins?`],
    factory: [String.raw`usines?`],
  },
  genericSiteWords: ["installations"],

  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, cent: 100,
  },
  scaleWords: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, billion: 1e12, billions: 1e12 },
  currencyWords: { euros: "EUR", euro: "EUR", dollars: "USD", dollar: "USD", "livres sterling": "GBP", "francs suisses": "CHF" },
  percentWords: ["pour cent"],

  months: {
    janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11,
    decembre: 12,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  todayWords: ["aujourd'hui"],
  yesterdayWords: ["hier"],
  lastWeekWords: ["la semaine derniere", "cette semaine"],
  lastMonthWords: ["le mois dernier"],
  deadlineWords: ["d'ici", "d'ici a", "jusqu'en", "a l'horizon"],
  monthPrepositions: ["en"],
  yearPrepositions: ["en"],
  yearNouns: ["l'annee"],

  boilerplateCues: ["lire aussi"],
  relatedHeadings: ["lire aussi"],
  aboutHeadings: [String.raw`à propos d[e'’]`, String.raw`a propos d[e'’]`],
  abbreviations: ["cie", "ste", "mme", "sa", "s", "p", "md", "mds"],

  typicalLetters: [String.raw`[çœ]`, String.raw`[éè]\s`, String.raw`\b(?:d|l|qu)'`],
};
