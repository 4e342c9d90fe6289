/** Month and weekday names, relative day words (folded), over every language's lexicon. */
import { unionList, unionMap, unionSource } from "./all";

/** month name or abbreviation → 1..12 */
export const MONTHS: Record<string, number> = unionMap<number>("months");
/** weekday → 0 (Sunday) .. 6 */
export const WEEKDAYS: Record<string, number> = unionMap<number>("weekdays");

export const YESTERDAY = unionList("yesterdayWords");
export const TODAY = unionList("todayWords");
export const LAST_WEEK = unionList("lastWeekWords");
export const LAST_MONTH = unionList("lastMonthWords");
export const LAST_YEAR = unionList("lastYearWords");
/** words before a bare month or year that make it a date (regex sources on folded text) */
export const MONTH_PREPOSITIONS = unionList("monthPrepositions");
export const YEAR_PREPOSITIONS = unionList("yearPrepositions");
export const YEAR_NOUNS = unionList("yearNouns");
/** particles between day, month and year ("de", "del") */
export const DATE_PARTICLES = unionList("dateParticles");
/** "published", "veröffentlicht" before the article's own date (regex source) */
export const PUBLISHED_WORDS = unionSource("publishedWords");
/** "quarter", "Quartal", "trimestre" with the word that links it to the year (regex sources on folded text) */
export const QUARTER_WORDS = unionList("quarterWords");
/** words before a year that make it a deadline ("by", "bis", "d'ici"), folded */
export const DEADLINE_WORDS = unionList("deadlineWords");
export const SINCE_WORDS = unionList("sinceWords");
/** when a plant starts working ("begin production", "in Betrieb"), folded */
export const OPERATION_START_WORDS = unionList("operationStartWords");
