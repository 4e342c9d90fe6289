// PDFs store text as positioned lines: a sentence wrapped over three lines arrives
// as three lines, and a word split at the margin as "Investi-" + "tionen". The
// extractor reads sentences, so wrapped lines are joined back into paragraphs.

const SENTENCE_END = /[.!?:;"”»«)]$/u;
const SOFT_HYPHEN_END = /(\p{Ll})[-\u00ad]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const LIST_ITEM = /^([•▪◦‣–—*-]|\d{1,2}[.)])\s/u;

function joinLine(paragraph: string, line: string): string {
  if (!paragraph) return line;
  // "Investi-" + "tionen" is one word; "Baden-" + "Württemberg" keeps its hyphen.
  if (SOFT_HYPHEN_END.test(paragraph) && STARTS_LOWER.test(line)) return paragraph.slice(0, -1) + line;
  if (/\p{L}-$/u.test(paragraph) && /^\p{Lu}/u.test(line)) return paragraph + line;
  return `${paragraph} ${line}`;
}

/**
 * Joins the lines of each paragraph (paragraphs are separated by blank lines) into
 * one line. A short line that ends a sentence, and a list item, start a new line:
 * they are headlines, datelines and bullet points rather than wrapped prose.
 */
export function rejoinWrappedLines(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      const width = Math.max(0, ...lines.map((l) => l.length));
      const out: string[] = [];
      let paragraph = "";
      let lastLine = "";
      for (const line of lines) {
        // a line that ends a sentence well before the margin ends its paragraph
        const previousEndsShort = paragraph !== "" && SENTENCE_END.test(lastLine) && lastLine.length < width * 0.8;
        if (paragraph && (LIST_ITEM.test(line) || previousEndsShort)) {
          out.push(paragraph);
          paragraph = line;
        } else {
          paragraph = joinLine(paragraph, line);
        }
        lastLine = line;
      }
      if (paragraph) out.push(paragraph);
      return out.join("\n");
    })
    .filter(Boolean)
    .join("\n\n");
}
