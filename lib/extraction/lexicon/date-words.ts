/** Month and weekday names, relative day words (folded), per language. */
export const MONTHS: Record<string, number> = {};
const MONTH_LISTS = [
  "january february march april may june july august september october november december",
  "januar februar marz april mai juni juli august september oktober november dezember",
  "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
  "jan feb mar apr may jun jul aug sep oct nov dec",
  "jan feb mar apr mai jun jul aug sept okt nov dez",
  "jaenner janner feber sept",
];
for (const list of MONTH_LISTS.slice(0, 8)) list.split(" ").forEach((m, i) => { if (!(m in MONTHS)) MONTHS[m] = i + 1; });
MONTHS["jaenner"] = 1; MONTHS["janner"] = 1; MONTHS["feber"] = 2; MONTHS["sept"] = 9;

/** weekday -> 0 (Sunday) .. 6 */
export const WEEKDAYS: Record<string, number> = {};
const WEEKDAY_LISTS = [
  "sunday monday tuesday wednesday thursday friday saturday",
  "sonntag montag dienstag mittwoch donnerstag freitag samstag",
  "dimanche lundi mardi mercredi jeudi vendredi samedi",
  "domingo lunes martes miercoles jueves viernes sabado",
  "domenica lunedi martedi mercoledi giovedi venerdi sabato",
  "pazar pazartesi sali carsamba persembe cuma cumartesi",
];
for (const list of WEEKDAY_LISTS) list.split(" ").forEach((d, i) => { WEEKDAYS[d] = i; });

export const YESTERDAY = ["yesterday", "gestern", "ayer", "hier", "ieri", "dun"];
export const TODAY = ["today", "heute", "hoy", "aujourd'hui", "oggi", "bugun", "this morning", "heute morgen", "tonight"];
export const LAST_WEEK = ["last week", "letzte woche", "vergangene woche", "vergangenen woche", "letzten woche", "in dieser woche", "diese woche", "this week", "earlier this week", "anfang der woche", "la semaine derniere", "la semana pasada", "la settimana scorsa", "gecen hafta", "cette semaine", "esta semana", "questa settimana"];
export const LAST_MONTH = ["last month", "letzten monat", "vergangenen monat", "im vergangenen monat", "le mois dernier", "el mes pasado", "il mese scorso", "gecen ay"];
