/**
 * Names that are never investors, whatever the sentence around them says. Agencies are language-neutral
 * data; office titles, regions and international bodies come from the per-language lexicons, stop words
 * from the stopwords-iso package.
 */
import { lexiconFor, unionList, unionSource } from "./all";

/** News agencies and wire services that credit an article ("(MENAFN)", "– PTI", "dpa-AFX"). */
export const NEWS_AGENCIES = [
  "menafn", "rtr", "afn", "ap-dj", "pti", "ians", "ani", "uni", "reuters", "afp", "ap", "associated press", "dpa", "dpa-afx", "apa", "ansa",
  "efe", "efecom", "europa press", "lusa", "agencia brasil", "agência brasil", "pap", "anp", "belga", "sda", "keystone-sda",
  "ats", "ctk", "mti", "tass", "ria novosti", "interfax", "xinhua", "cgtn", "cna", "kyodo", "jiji", "yonhap",
  "bernama", "antara", "pna", "vna", "wam", "spa", "qna", "kuna", "bna", "ona", "mena", "aa", "anadolu agency",
  "anadolu ajansi", "anadolu ajansı", "iha", "dha", "trt", "bloomberg", "cnbc", "bbc", "cnn", "awp", "ots",
  "business wire", "pr newswire", "globe newswire", "prnewswire", "newswire", "zawya", "argaam", "apa-ots", "angop", "inforpress", "agencia lusa", "agência lusa", "notimex", "telam", "ap7am",
];

/** Newspapers and magazines that report business news, by the names articles cite them with ("prosegue Il Sole",
 * "according to the Financial Times", "berichtet das Handelsblatt"), folded. */
export const PUBLICATIONS = [
  "financial times", "ft", "wall street journal", "wsj", "the economist", "economist", "forbes", "fortune", "nikkei asia",
  "new york times", "washington post", "the guardian", "guardian", "the times", "daily telegraph", "business insider",
  "handelsblatt", "faz", "frankfurter allgemeine", "frankfurter allgemeine zeitung", "sueddeutsche zeitung", "spiegel",
  "der spiegel", "die welt", "wirtschaftswoche", "manager magazin", "borsen-zeitung", "les echos", "le figaro", "le monde",
  "la tribune", "l'usine nouvelle", "usine nouvelle", "jeune afrique", "le parisien", "liberation", "expansion", "cinco dias",
  "el pais", "el economista", "el mundo", "la vanguardia", "el confidencial", "il sole", "sole", "il sole 24 ore", "sole 24 ore",
  "milano finanza", "mf", "corriere della sera", "la repubblica", "repubblica", "la stampa", "il messaggero",
  "valor economico", "valor", "exame", "folha de s.paulo", "folha", "estadao", "o globo", "expresso", "publico",
  "het financieele dagblad", "financieele dagblad", "fd", "nrc", "de volkskrant", "volkskrant", "de telegraaf",
  "telegraaf", "de tijd", "puls biznesu", "parkiet", "gazeta wyborcza", "wyborcza", "rzeczpospolita", "hurriyet",
  "milliyet", "sabah", "dunya", "ekonomim", "haberturk",
];

/** Stock markets by their street or generic name and share indices ("Piazza Affari", "Ibex"): where shares trade, never
 * who invests. Exchange operators that are firms ("Nasdaq", "Euronext") stay out of this list. */
export const MARKETS = [
  "piazza affari", "wall street", "mercado de valores", "mercado continuo", "bolsa de valores", "bolsa de madrid", "ibex", "ibex 35",
  "dax", "mdax", "sdax", "tecdax", "cac 40", "ftse", "ftse mib", "ftse 100", "dow jones", "s&p 500", "nikkei", "hang seng", "wig20",
  "wig", "mwig40", "mib", "bovespa", "ibovespa", "bist", "bist 100", "aex", "smi", "psi 20", "psi", "stoxx", "euro stoxx 50",
];

/** Heads of a person's office: a name that carries one is a person speaking, not an organization. */
export const OFFICE_TITLE_RE = new RegExp(`(?:${unionSource("officeTitles")})$`, "iu");

/** Regions and parts of the world ("Westeuropa", "Southeast Asia", "África Oriental"); the acronyms belong to no language. */
export const REGION_RE = new RegExp(
  `^(?:(?:${unionSource("compassWords")})[\\s-]?)?(?:${unionSource("continents")}|${unionSource("regionWords")}|maghreb|levant|sahel|asean|mena|emea|apac)(?:[\\s-](?:${unionSource("compassWords")}))?$`,
  "iu",
);

/** A nation's people as a plural noun ("Chinesen", "Koreańczycy", "les Allemands"), folded, all languages. */
export const DEMONYM_NOUNS = new Set(unionList("demonymNouns"));

/** German single-word heads that name things, sectors or groups of people, never a firm on their own. */
export const GERMAN_COMMON_HEAD_RE = new RegExp(`(?:${(lexiconFor("de")?.commonNounHeads ?? []).join("|")})$`, "i");

/** International organizations, multilateral lenders and bodies of states (folded); acronyms shared by all languages. */
export const INTERNATIONAL_BODY_RE = new RegExp(
  String.raw`^(?:the )?(?:${unionSource("internationalBodies")}|imf|iwf|eib|bei|aiib|ifc|miga|ndb|isdb|unctad|oecd|wto|un|uno|unido|undp|afdb|adb|idb|ebrd|g7|g20|opec|nato|asean|mercosur)(?:\s.*)?$`,
);

/** A programme, project or plan named as a subject ("Programa de Resiliência Climática", "Sulama Modernizasyonu Projesi"). */
export const PROGRAMME_NAME_RE = /^(?:programme|program|programa|programma|programm|projet|project|proyecto|progetto|projeto|projekt|plan|plano|piano|pakiet|pacote|paquete|orcamento|orçamento|presupuesto|budget|bilancio)\b|\b(?:projesi|programı|programi|plani|planı|tax credits?|credito fiscal|crédito fiscal|crédit d.impôt)$/iu;

/** "Banco Centroamericano de Integración Económica", "Fondo Internacional de Desarrollo Agrícola", "Asian Development Bank":
 * a bank, fund or agency for development lends or grants; it does not invest in the sense of SPEC. */
export const DEVELOPMENT_LENDER_RE = new RegExp(
  String.raw`\b(?:bank|banco|banque|banca|bankasi|fund|fondo|fonds|fundo|fundusz|agency|agencia|agence|agenzia|agentschap|agencja|ajansi|corporation|corporacion|kreditanstalt)\b` +
  String.raw`.*\b(?:development|desarrollo|developpement|sviluppo|desenvolvimento|entwicklung|ontwikkeling|rozwoju|kalkinma|integration|integracion|integracao|cooperation|cooperacion|cooperacao|cooperazione|reconstruction|wiederaufbau|fomento)\b` +
  String.raw`|\b(?:development|entwicklungs|ontwikkelings|kalkinma)\s?(?:bank|banka|bankasi|fund|fonds|agency)\b`,
);

/** "WhatsApp Telegram Facebook Twitter Email LinkedIn": a row of share links, read as one capitalized run. */
export const SHARE_LINK_WORDS = new Set(["whatsapp", "telegram", "facebook", "twitter", "linkedin", "email", "e-mail", "pinterest", "reddit", "xing", "instagram", "youtube", "messenger", "print", "copy", "mail", "x"]);

/** "Jornal Económico", "Gazeta Wyborcza", "Corriere della Sera": a newspaper or magazine that reports, not an investor. */
export const PUBLICATION_RE = /^(?:jornal|diario|gazeta|gazzetta|corriere|revista|dziennik|gazete|periodico|quotidiano|rzeczpospolita)\b|\b(?:zeitung|gazete(?:si)?|dagblad|courant|krant)$/;

/** Chambers, trade associations and investment-promotion agencies: they speak for investors, they do not invest. */
export const ASSOCIATION_RE = new RegExp(
  String.raw`\b(?:chambers?|camaras?|chambre|camera di commercio|handelskammer|ihk|kamer van koophandel|izb[aey]|izbie|odasi|verband|vereniging|associac(?:ao|oes)|asociacion|associazione|association|federacion|federazione|federation|konfederacj\w*|organi[sz]atie|birligi|confindustria|unimpresa|branche ?organi\w*|stref\w* ekonomiczn\w*|special economic zones?|sonderwirtschaftszonen?|zonas? francas?|zonas? economicas? especia\w*|zones? economiques? speciales?|zon[ae] economic[ah]e? special[ei]|serbest bolge\w*|organize sanayi bolge\w*)\b` +
  String.raw`|^(?:invitalia|investsp|paiiiz|paih|cei-rd|aicep|business france|gtai|germany trade (?:and|&) invest|ispat|apex(?:-brasil)?|proecuador|procolombia|proinversion|fit|flanders investment (?:and|&) trade|awex|hit|nfia|invest in \w+|\w+ invest)$`,
);
