import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { declaredCharset, decodeBytes, isBinaryText } from "./decode";

const GERMAN = "Größere Investitionen in Köln: Müller & Söhne übernehmen das Werk.";

function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

describe("decodeBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeBytes(Buffer.from(GERMAN, "utf8"))).toEqual({ text: GERMAN, encoding: "utf-8" });
  });

  it("drops a UTF-8 BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN, "utf8")]);
    expect(decodeBytes(bytes).text).toBe(GERMAN);
  });

  it("reads UTF-16 LE with and without a BOM", () => {
    expect(decodeBytes(utf16le(GERMAN, true))).toEqual({ text: GERMAN, encoding: "utf-16le" });
    expect(decodeBytes(utf16le(GERMAN, false))).toEqual({ text: GERMAN, encoding: "utf-16le" });
  });

  it("reads UTF-16 BE with a BOM", () => {
    const le = Buffer.from(GERMAN, "utf16le");
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1];
      be[i + 1] = le[i];
    }
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    expect(decodeBytes(bytes)).toEqual({ text: GERMAN, encoding: "utf-16be" });
  });

  it("falls back to Windows-1252 so umlauts and the euro sign come out right", () => {
    // "Größe: 5 € für Köln" in Windows-1252
    const bytes = Uint8Array.from([
      0x47, 0x72, 0xf6, 0xdf, 0x65, 0x3a, 0x20, 0x35, 0x20, 0x80, 0x20, 0x66, 0xfc, 0x72, 0x20, 0x4b, 0xf6, 0x6c, 0x6e,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: "Größe: 5 € für Köln", encoding: "windows-1252" });
  });
});

describe("isBinaryText", () => {
  it("accepts prose with tabs and newlines", () => {
    expect(isBinaryText("Erste Zeile\n\tZweite Zeile\r\n")).toBe(false);
  });

  it("flags NUL bytes and control characters", () => {
    expect(isBinaryText("PK\u0003\u0004\u0000\u0000")).toBe(true);
    const png = new TextDecoder("windows-1252").decode(
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    expect(isBinaryText(png)).toBe(true);
  });
});

describe("decodeBytes with legacy code pages", () => {
  const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures", "encodings", name));
  it.each([
    ["tr-cp1254", "windows-1254"],
    ["pl-cp1250", "windows-1250"],
    ["cs-cp1250", "windows-1250"],
    ["lt-cp1257", "windows-1257"],
  ])("reads unlabelled %s as %s, letters intact", (name, encoding) => {
    const decoded = decodeBytes(fixture(`${name}.txt`));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(fixture(`${name}.utf8.txt`).toString("utf8"));
  });

  it("tells ISO-8859-2 from Windows-1250 by the letters it would otherwise garble", () => {
    const text = "Koreański producent opon zbuduje nową fabrykę w Opolu. Spółka kupiła ziemię i zatrudni 400 osób.";
    const iso = Uint8Array.from(
      Buffer.from(text, "utf8").toString("utf8"),
      (c) => ISO_8859_2.get(c) ?? c.charCodeAt(0),
    );
    expect(decodeBytes(iso)).toEqual({ text, encoding: "iso-8859-2" });
  });

  it("trusts a page's declared charset over guessing", () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1254"></head><body><p>'),
      fixture("tr-cp1254.txt"),
      Buffer.from("</p></body></html>"),
    ]);
    const decoded = decodeBytes(page);
    expect(decoded.encoding).toBe("windows-1254");
    expect(decoded.text).toContain("şirketi, İzmir'de");
    expect(
      declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-9">')),
    ).toBe("windows-1254");
    expect(declaredCharset(Buffer.from("<p>no declaration</p>"))).toBeNull();
  });
});

// the Polish letters' ISO-8859-2 bytes, enough for the sentence above
const ISO_8859_2 = new Map([
  ["ą", 0xb1],
  ["ę", 0xea],
  ["ł", 0xb3],
  ["ń", 0xf1],
  ["ó", 0xf3],
  ["ś", 0xb6],
  ["ź", 0xbc],
  ["ż", 0xbf],
]);
