import mammoth from "mammoth";

/** The paragraphs of a Word (.docx) document; Word does not wrap lines, so none are joined. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({
    buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  });
  return value;
}
