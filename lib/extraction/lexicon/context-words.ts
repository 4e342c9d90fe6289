/** Regexes for the context of a commitment (joint ventures, shortlists, supply deals, budgets …) over every lexicon. */
import { accentTolerant, unionList, unionSource } from "./all";
import { PERCENT_SOURCE } from "./money-words";

const alt = (words: string[]) => words.map(accentTolerant).join("|");
const SUBSIDIARY_OF = unionSource("subsidiaryOfWords");

/** "the Chinese company", "des chinesischen Konzerns": a definite article before a country adjective. */
export const DEFINITE_ARTICLE_RE = new RegExp(`^(?:${alt(unionList("definiteArticles"))})$`, "u");
/** founding or signing a joint venture (raw text) */
export const JV_CREATE_RE = new RegExp(unionSource("foundingWords"), "iu");
/** "A and B will jointly invest", "gemeinsam mit B": a partner set (raw text). */
export const JOINT_RE = new RegExp(String.raw`\b(?:${unionSource("jointlyWords")})\b`, "iu");
/** "the partners", "beide Unternehmen": a later sentence speaking for the whole partner set. */
export const PARTNER_SET_RE = new RegExp(String.raw`\b(?:${unionSource("partnerSetWords")}|${unionSource("jointlyWords")}|${unionSource("jointVentureWords")})\b`, "iu");
/** "A hält 51 Prozent, B 49 Prozent", "with A holding 80% and B 20%", "B und C je 25 Prozent". */
export const HOLD_RE = new RegExp(String.raw`\b(?:${unionSource("holdingWords")}|${unionSource("eachWords")})\b`, "iu");
export const EACH_RE = new RegExp(String.raw`\b(?:${unionSource("eachWords")})\s*$`, "iu");
/** a sentence that names a share in per cent */
export const PERCENT_WORD_RE = new RegExp(`%|${PERCENT_SOURCE}`, "iu");
/** "gemeinsam mit Bosch, Infineon und NXP": a context where coordinated names are partners */
export const PARTNER_CONTEXT_RE = new RegExp(`${unionSource("jointlyWords")}|${unionSource("partnerSetWords")}|${unionSource("jointVentureWords")}|\\b(?:${unionSource("eachWords")})\\b|partner`, "iu");
/** "Auf der engeren Auswahl stehen A, B und C", "shortlisted A, B and C": candidate countries. */
export const SHORTLIST_RE = new RegExp(unionSource("shortlistWords"), "iu");
/** "nach A, B und C das vierte Werk", "after A and B, its third plant": a list of existing sites. */
export const EXISTING_SITES_RE = new RegExp(
  String.raw`\b(?:${unionSource("afterWords")})\s[^;]{0,90}\b(?:${alt(unionList("definiteArticles"))}|${unionSource("possessives")})\s+(?:${unionSource("ordinalWords")})\b`,
  "iu",
);
/** "won a $900m order to supply turbines": a sale, not an investment. */
export const SUPPLY_RE = new RegExp(String.raw`\b(?:${unionSource("supplyWords")})\b`, "iu");
/** "spend €1.5bn on capital expenditure": a spending budget, not a project. */
export const BUDGET_RE = new RegExp(unionSource("budgetWords"), "iu");
/** "The fund's other recent initiatives are:": what follows is older news. */
export const BACKLOG_HEAD_RE = new RegExp(
  String.raw`\b(?:${unionSource("earlierWords")})\b[^.:]{0,60}\b(?:${unionSource("projectNouns")})\b[^.:]{0,30}:\s*$`, "iu",
);
/** "L'investimento è di 32 milioni", "4 dicembre - Le montant de l'investissement s'élève à …": a sentence whose subject,
 * in its first few words (after a dateline), is the investment itself (raw text) */
export const INVESTMENT_SUBJECT_RE = new RegExp(
  String.raw`^(?:[^.:;]{0,40}?\s[-–—]\s+)?(?:[\p{Ll}'’]+\s+|\p{Lu}\p{Ll}*\s+){0,4}?(?:\p{L}{1,2}['’]\s?)?(?:${unionSource("investWords")})`,
  "iu",
);
/** the sentence itself invests or builds (raw text) */
export const OWN_INVEST_RE = new RegExp(`${unionSource("investWords")}|${unionSource("buildWords")}`, "iu");
/** the sentence names investing or a plant (raw text) */
export const INVEST_WORD_RE = new RegExp(`${unionSource("investWords")}|${unionSource("plantNouns")}`, "iu");
/** the sentence names investing (raw text) */
export const INVEST_STEM_RE = new RegExp(unionSource("investWords"), "iu");
export const NAMED_SOURCE = unionSource("namedWords");
/** "davon rund 600 Millionen": a share of the amount before */
export const SHARE_CUE_RE = new RegExp(
  String.raw`\b(?:${unionSource("ofWhichWords")})\s+(?:(?:${unionSource("approximateWords")})\s+)?$`, "iu",
);
export const APPROXIMATE_SOURCE = unionSource("approximateWords");
/** "bereits investierte 2 Milliarden": money spent before */
export const ALREADY_BEFORE_RE = new RegExp(String.raw`(?:${unionSource("alreadyWords")})\s+(?:[\p{L}]+\s+){0,3}$`, "iu");
/** ", a subsidiary of Y", "Tesa, Teil des … Beiersdorf" */
export const SUBSIDIARY_GAP_RE = new RegExp(
  String.raw`^\s*,\s*(?:(?:${alt(unionList("articles"))})\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${SUBSIDIARY_OF})`, "u",
);
export const SAID_RE = new RegExp(String.raw`\b(?:${unionSource("saidWords")})\b`, "iu");
export const ADDITIONAL_RE = new RegExp(String.raw`\b(?:${unionSource("additionalWords")})\b`, "iu");
export const SITE_RE = new RegExp(unionSource("siteWords"), "iu");
/** "1,000 jobs", "2 million tonnes": a count, not money */
export const COUNT_UNIT_AFTER_RE = new RegExp(
  // "1 million de tonnes", "2 millones de pasajeros": the unit may follow "of"
  String.raw`^\s*(?:(?:${unionSource("genitiveWords")})\s+|d['’])?(?:${unionSource("countUnits")})(?![\p{L}])`,
  "iu",
);
/** A country word followed, within a short list, by "markets" ("the Mexican, U.S. and Latin American markets"). */
export const SALES_MARKET_AFTER_RE = new RegExp(String.raw`^[\s,\p{L}.-]{0,40}?\b(?:${unionSource("salesMarketWords")})\b`, "u");
