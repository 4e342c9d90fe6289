/**
 * Very long runs without white space (URLs, base64, garbage) hold no facts and slow the regexes: each is
 * blanked out with as many spaces, so every offset still points into the original text. Same as
 * text.replace(/\S{80,}/g, (m) => " ".repeat(m.length)) in one pass (the regex re-reads every word from
 * each of its letters).
 */
export function blankLongRuns(text: string, min = 80): string {
  let out: string | null = null;
  let from = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - start >= min) {
      out = (out ?? "") + text.slice(from, start) + " ".repeat(i - start);
      from = i;
    }
    start = i + 1;
  }
  return out === null ? text : out + text.slice(from);
}

/** The code units JavaScript's \s matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
