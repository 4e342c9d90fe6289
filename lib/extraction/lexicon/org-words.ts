/** Word lists for recognizing organizations (folded forms). */

/** Legal forms and name heads that end or mark an organization name. */
export const ORG_SUFFIXES = new Set([
  "ag", "gmbh", "se", "kg", "kgaa", "a/s", "as", "aps", "inc", "corp", "corporation", "company", "co", "ltd", "limited", "llc", "plc",
  "group", "gruppe", "holding", "holdings", "sa", "s.a", "spa", "s.p.a", "srl", "nv", "bv", "ab", "asa", "oyj",
  "bhd", "berhad", "tbk", "pte", "pty", "fund", "fonds", "bank", "motors", "motor", "technologies", "technology",
  "industries", "energy", "mining", "shipping", "aerospace", "foods", "wines", "airlines", "electric", "electronics",
  "pharma", "pharmaceuticals", "chemicals", "steel", "automotive", "enterprises", "investments", "partners",
  "capital", "systems", "solutions", "logistics", "semiconductor", "semiconductors", "materials", "power",
  "petroleum", "oil", "gas", "telecom", "communications", "international", "grupo", "groupe", "gruppo", "sas",
  "authority", "ventures", "tire", "tyre", "rubber", "appliance", "appliances", "cargobull", "trailercompany",
]);

/** Nouns that describe a company and are followed by its name ("the carmaker X", "der Autobauer X"). */
export const ORG_DESCRIPTOR_HEADS = [
  // de compound heads
  "konzern", "hersteller", "riese", "gigant", "unternehmen", "handler", "betreiber", "gruppe", "firma", "fonds",
  "bauer", "beschichter", "mittelstandler", "produzent", "anbieter", "dienst", "provider", "versorger", "zulieferer",
  "spezialist", "kette", "investor", "staatsfonds", "tochter", "marke", "reederei", "versicherer", "chemiekonzern",
  "startup", "start-up", "entwickler", "lieferant", "dienstleister", "bank",
  // en
  "company", "firm", "maker", "giant", "group", "producer", "manufacturer", "carmaker", "automaker", "operator",
  "provider", "fund", "retailer", "conglomerate", "developer", "miner", "supplier", "startup", "player", "brand",
  "chain", "investor", "insurer", "lender", "unit", "subsidiary", "affiliate", "major", "multinational", "corporation",
  "refiner", "utility", "airline", "carrier", "brewer", "grocer", "builder", "trader", "platform", "specialist",
  "conglomerate", "shipbuilder", "distributor", "vendor", "outfit", "owner", "pioneer", "leader",
  // es / fr / it / tr
  "empresa", "grupo", "firma", "compania", "fabricante", "multinacional", "sociedad", "filial", "groupe",
  "entreprise", "societe", "fabricant", "geant", "constructeur", "maison", "filiale", "gruppo", "azienda", "societa",
  "colosso", "sirketi", "firmasi", "grubu", "devi", "devleri", "ureticisi", "holdingi", "operatoru", "operator",
];

/** Words that are never (part of) an organization's name at its start. */
export const NAME_STOPWORDS = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "the", "a", "an", "la", "el",
  "le", "il", "lo", "los", "las", "les", "gli", "i", "un", "una", "une", "in", "on", "at", "for", "with", "also",
  "auch", "und", "and", "this", "that", "these", "those", "dies", "diese", "dieser", "laut", "according", "nach",
  "mit", "bei", "am", "im", "zum", "zur", "vom", "von", "of", "by", "from", "to", "as", "but", "however", "while",
  "when", "after", "before", "since", "its", "their", "his", "her", "it", "he", "she", "they", "we", "our", "wie",
  "als", "so", "zudem", "meanwhile", "earlier", "last", "next", "new", "neue", "neuen", "neuer", "en", "et", "y",
  "e", "con", "per", "pour", "por", "para", "del", "della", "du", "de", "di", "da", "su", "sur", "avec", "dans",
  "nel", "nella", "sowie", "oder", "or", "if", "wenn", "dass", "because", "weil", "mr", "mrs", "ms", "sir", "dr",
  "prof", "herr", "frau", "here", "there", "hier", "dort", "what", "which", "who", "was", "wer", "welche",
  "einen", "all", "alle", "some", "many", "viele", "mehr", "more", "most", "other", "andere", "two", "three",
  "zwei", "drei", "first", "erste", "ersten", "second", "both", "beide", "beiden", "ces", "cette", "ce", "questo",
  "questa", "este", "esta", "cuatro", "deux", "trois", "sus", "ses", "suo", "sua", "loro", "su", "sein", "seine",
  "ihr", "ihre", "unser", "unsere", "euch", "ihnen", "ihm", "uns", "mich", "mir", "dich", "sie", "er", "es", "wir",
  "ich", "du", "man", "bereits", "already", "noch", "still", "then", "dann", "now", "jetzt", "nun", "today", "heute",
  "yesterday", "gestern", "ayer", "hier", "ieri", "tras", "apres", "dopo", "durante", "waehrend", "wahrend",
  "during", "über", "uber", "about", "around", "rund", "etwa", "insgesamt", "total", "overall", "allerdings",
  "quelle", "source", "photo", "image", "foto", "bild", "read", "lesen",
]);

/** Titles and roles: the following capitalized words are a person, not an organization. */
export const PERSON_TITLES = new Set([
  "president", "prasident", "prasidentin", "presidente", "president-elect", "minister", "ministerin", "ministro",
  "ministre", "prime", "premier", "premierminister", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "chef",
  "chefin", "governor", "gouverneur", "sir", "dr", "mr", "mrs", "ms", "prof", "prinz", "prince", "sheikh", "scheich",
  "king", "konig", "queen", "kanzler", "kanzlerin", "chancellor", "mayor", "burgermeister", "director", "direktor",
  "founder", "grunder", "head", "vorstand", "vorstandsvorsitzender", "vorstandschef", "manager", "managerin",
  "sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "botschafter", "ambassador", "secretary",
  "general", "datuk", "tan", "sri", "dato", "landeshauptmann", "staatschef", "ministerprasident", "senator",
  "commissioner", "kommissar", "vice", "vize", "deputy", "herr", "frau", "monsieur", "madame", "signor", "senor",
  "don", "presidenta", "direttore", "amministratore", "ad", "pdg", "pd", "leader", "emir", "emirs", "sultan",
  "vorsitzender", "vorsitzende", "geschaftsfuhrer", "executive", "analyst", "analysts", "officer", "chairperson", "correspondent", "korrespondent",
]);

/** Capitalized words that are not names: weekdays, months, common headline words, institutions. */
export const NOT_ORG_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
  "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december", "januar", "februar", "marz", "juni", "juli", "oktober",
  "dezember", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ceo", "eu",
  "un", "uno", "imf", "iwf", "gdp", "bip", "jv", "ev", "evs", "ai", "ki", "it", "ipo", "m&a", "ft", "ap", "afp",
  "dpa", "reuters", "bloomberg", "xinhua", "pa", "rt", "ceo", "cfo", "gwh", "mw", "gw", "kw", "km", "sqm", "usd",
  "eur", "nse", "bse", "lng", "lpg", "esg", "ceo", "gdp", "hr", "vat", "mwh", "twh", "bcm", "nyse", "nasdaq", "dax", "mdax", "m-dax", "ftse", "ok", "tv", "pc", "r&d", "fdi", "sez",
  "government", "regierung", "ministry", "ministerium", "parliament", "parlament", "state", "staat", "city",
  "stadt", "province", "provinz", "region", "kingdom", "konigreich", "republic", "republik", "prime", "minister",
  "president", "präsident", "wirtschaft", "business", "economy", "news", "update", "breaking", "exclusive",
  "investment", "investments", "investition", "investitionen", "joint", "venture", "plant", "factory", "werk",
  "fabrik", "update", "world", "welt", "international", "global", "national", "central", "north", "south", "east",
  "west", "nord", "sud", "ost", "the", "sawya", "wams", "trt", "upday", "team", "billion", "million", "milliarden",
  "millionen", "percent", "prozent", "company", "unternehmen", "konzern", "group", "gruppe", "firm", "firma",
  "fund", "fonds", "partner", "partners", "co", "inc", "ltd", "ag", "gmbh", "corp", "corporation", "holding",
  "holdings", "bank", "chairman", "chef", "board", "office", "zone", "park", "port", "hafen", "center", "centre",
  "zentrum", "tons", "tonnen", "units", "jobs", "arbeitsplatze", "euro", "dollar", "dollars", "euros", "covid",
  "corona", "european", "europaisch", "europaische", "europaischen", "asian", "african", "arab", "latin", "western",
  "approval", "construction", "production", "demand", "growth", "sales", "revenue", "analysts",
  "officials", "shares", "prices", "exports", "imports", "plans", "details", "talks", "consent", "funding", "financing",
  "norden", "suden", "osten", "westen", "pandemic", "pandemie", "ukraine-krieg", "krieg", "war", "mr", "mrs", "ms",
]);

/** Coreference nouns that point back to the article's company ("der Konzern", "the company", "la empresa"). */
export const COREF_RE =
  /\b(?:der|des|dem|den|das|die|the|this|la|el|le|l'|il|lo|questa|la\s+propia|its|seine?[mnr]?|ihre?[mnr]?)\s+(?:[\p{L}-]+\s+)?(?:konzern|unternehmen|firma|gruppe|hersteller|company|firm|group|carmaker|automaker|maker|giant|retailer|empresa|compañía|compania|firma|grupo|entreprise|société|societe|groupe|azienda|società|societa|gruppo|multinational|multinazionale|multinacional|chemiekonzern|autobauer|technology giant|tech giant|latter)\b|\b(?:it|er|sie|elle|il|lui|ella|şirket|sirket)\b/iu;

/** Words that make a capitalized run an institution of the state, not an investor. */
export const GOV_WORDS = new Set([
  "office", "ministry", "ministerium", "council", "presidency", "palace", "programme", "program", "policy",
  "commission", "agency", "government", "regierung", "department", "administration", "parliament", "court",
  "committee", "comitato", "ministero", "ministere", "bundesamt", "bundeskartellamt", "kartellamt", "behorde",
  "zone", "business", "development", "palacio", "palazzo", "board", "chamber", "kammer", "senate",
  "congress", "kongress", "forum", "summit", "gipfel", "initiative", "strategy", "strategie", "act", "law", "gesetz",
  "university", "universitat", "universita", "universidad", "institute", "institut", "police", "polizei", "army",
  "armee", "navy", "commune", "municipality", "county", "district", "landkreis", "kreis", "bundesland", "prefecture",
  "cabinet", "kabinett", "gabinetto", "gabinete", "bundeskabinett", "mimit", "caie", "sedeco", "peza", "boi", "ipo", "emirat", "emirate", "staatsfonds", "regierungs",
]);

/** Continents and world regions: never an organization on their own. */
export const CONTINENTS = new Set(["europe", "europa", "africa", "afrika", "asia", "asien", "amerika", "america", "nahost", "eurasia", "ostafrika", "westafrika", "sudamerika", "lateinamerika", "latin america"]);

/** German compounds naming a state body ("Planungskommission", "Wirtschaftsministerium"). */
export const GOV_COMPOUND_RE = /(?:kommission|ministerium|regierung|behorde|verwaltung|bundesamt|kammer|agentur|ausschuss|senat)$/;
