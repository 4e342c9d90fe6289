// Turns uploaded bytes into text. Articles arrive as UTF-8 (with or without BOM),
// UTF-16 from Windows tools, or in the legacy code page of their language
// (Windows-1250 for Polish and Czech, 1254 for Turkish, 1257 for the Baltics, …).
// Order of trust: a byte-order mark, then the charset the file declares, then valid
// UTF-8, then chardet's guess from the bytes' statistics.
import chardet from "chardet";

// Node 20's TextDecoder treats "windows-1252" as Latin-1, which leaves 0x80–0x9F
// as control characters; these are the characters Windows-1252 puts there (€, „, “, –, …).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(
      /[\u0080-\u009f]/g,
      (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80],
    );
  }
  return out;
}

export type Decoded = { text: string; encoding: string };

function looksLikeUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  // Text in Latin scripts without a BOM: every other byte is zero.
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/** The canonical name of a charset label, or null when TextDecoder does not know it. */
function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** Decodes with a known encoding, using our own table where Node gets Windows-1252 wrong. */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i;

/** The charset an HTML or XML file declares in its first kilobytes, if it declares one. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // ASCII-compatible declarations only: the head is read as Latin-1, byte for byte (by Node's
  // decoder: spreading 4,096 bytes into String.fromCharCode took 14 % of preparing a text file)
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const label = META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
  const encoding = label ? knownEncoding(label) : null;
  // A page saved as UTF-16 cannot declare itself in ASCII; "utf-16" there is a lie.
  return encoding && !encoding.startsWith("utf-16") ? encoding : null;
}

// Below this confidence chardet is guessing from a handful of bytes (a line of German
// comes out as "windows-1250, Hungarian, 20"): Windows-1252 is then the safer reading.
const MIN_CONFIDENCE = 25;

/** chardet's best guess for bytes that are not UTF-8, mapped the way browsers map it. */
function guessedCharset(bytes: Uint8Array): string {
  const best = chardet.analyse(bytes)[0];
  // ISO-8859-1 and -9 labels decode as Windows-1252 and -1254 (the WHATWG rule);
  // UTF-8 and UTF-16 are already ruled out.
  const encoding = best && best.confidence >= MIN_CONFIDENCE ? knownEncoding(best.name) : null;
  return encoding && !encoding.startsWith("utf-") ? encoding : "windows-1252";
}

/**
 * chardet cannot tell Windows-1250 from ISO-8859-2 on short texts (Polish "ą" is 0xB9
 * in one and 0xB1 in the other). Files from Windows tools are far more common, so
 * Windows-1250 is read unless that turns letters into "±" or "¶" inside words, which
 * is what ISO-8859-2's "ą" and "ś" look like in Windows-1250.
 */
function centralEuropean(bytes: Uint8Array): { text: string; encoding: string } {
  const windows = decodeAs(bytes, "windows-1250");
  if (!/\p{L}[±¶]|[±¶]\p{L}/u.test(windows)) return { text: windows, encoding: "windows-1250" };
  return { text: decodeAs(bytes, "iso-8859-2"), encoding: "iso-8859-2" };
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8") return { text: decodeAs(bytes, declared), encoding: declared };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const guessed = guessedCharset(bytes);
    if (guessed === "windows-1250" || guessed === "iso-8859-2") return centralEuropean(bytes);
    return { text: decodeAs(bytes, guessed), encoding: guessed };
  }
}

/**
 * True when decoded text is not prose: NUL bytes, or many control characters
 * (images, PDFs, archives and executables all produce them).
 */
export function isBinaryText(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.slice(0, 8192);
  if (!sample.length) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / sample.length > 0.02;
}
