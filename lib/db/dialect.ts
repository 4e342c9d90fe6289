// The SQL the data layer writes by hand is SQLite's: unquoted camelCase names
// (Deal, d.dealId), json_group_array/json_object, `+d.column` to keep SQLite's
// planner off an index, and `?` parameters. PostgreSQL folds unquoted names to lower
// case and knows none of those functions, so its read store passes every statement
// through `toPostgresSql` — one rewrite, tested, instead of two copies of each query.
// What cannot be rewritten mechanically (full-text search, sort order of missing
// values, the write lock) is chosen per provider where it is written.

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;

// A name with a capital letter after its first character, or a capitalised word
// (Deal, Facility, dealId, amountUsd), is one of Prisma's names; all-capital words
// are SQL keywords (SELECT, NULLS, DESC) and all-lower-case ones mean the same in both.
function isPrismaName(word: string): boolean {
  return /[a-z]/.test(word) && /[A-Z]/.test(word);
}

/** Closes the call that opens at `open` (the index of its "("); the index of its ")". */
function closingParen(sql: string, open: number): number {
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'") {
      i = sql.indexOf("'", i + 1);
      if (i === -1) break;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  throw new Error(`unbalanced parentheses in SQL: ${sql.slice(open, open + 60)}…`);
}

// json_group_array(x) is '[]' over no rows, json_agg(x) is null; both as text.
function rewriteJsonAggregates(sql: string): string {
  let out = sql.replace(/\bjson_object\(/g, "json_build_object(");
  for (let at = out.indexOf("json_group_array("); at !== -1; at = out.indexOf("json_group_array(")) {
    const open = at + "json_group_array".length;
    const close = closingParen(out, open);
    out = `${out.slice(0, at)}coalesce(json_agg${out.slice(open, close + 1)}::text, '[]')${out.slice(close + 1)}`;
  }
  return out;
}

/**
 * The PostgreSQL form of a statement written for SQLite: Prisma's camelCase names
 * quoted, `+d.x` (SQLite's "do not use an index for this") dropped, SQLite's JSON
 * aggregates replaced. Quoted strings and names are left as they are. Parameters
 * stay as they are: pass `Prisma.Sql.text`, which numbers them ($1, $2, …).
 */
export function toPostgresSql(sql: string): string {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      let end = i + 1;
      while (end < sql.length && !(sql[end] === c && sql[end + 1] !== c)) end += sql[end] === c ? 2 : 1;
      out += sql.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === "+" && /[a-z]\./.test(sql.slice(i + 1, i + 3)) && /[\s(,=<>]$|^$/.test(out.slice(-1))) {
      i++;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const word =
      /[A-Za-z_]/.test(c) && (i === 0 || !/[A-Za-z0-9_$]/.test(sql[i - 1])) ? IDENTIFIER.exec(sql)?.[0] : undefined;
    if (word) {
      out += isPrismaName(word) ? `"${word}"` : word;
      i += word.length;
      continue;
    }
    out += c;
    i++;
  }
  return rewriteJsonAggregates(out);
}

/** Words folded as SQLite's FTS5 tokenizer (unicode61, remove_diacritics 2) folds them. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/**
 * The PostgreSQL tsquery for what a user typed, with FTS5's meaning (see
 * `ftsMatchOf`): every word must occur, the last one as a prefix. Null when no word
 * is left. Only letters and digits reach the query, so it is never a syntax error.
 */
export function tsQueryOf(text: string): string | null {
  const words = foldForSearch(text.normalize("NFC")).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((w, i, all) => `'${w}'${i === all.length - 1 ? ":*" : ""}`)
    .join(" & ");
}
