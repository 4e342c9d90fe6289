import { crc32 } from "node:zlib";

/** A file in the archive: its name and its bytes, given whole or as a stream. */
export type ZipEntry = { name: string; data: string | Uint8Array | ReadableStream<Uint8Array> };

const MAX_32 = 0xffffffff;
const encoder = new TextEncoder();

function header(fields: [number, 2 | 4][], name?: Uint8Array): Uint8Array {
  const size = fields.reduce((n, [, width]) => n + width, 0);
  const bytes = new Uint8Array(size + (name?.length ?? 0));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  if (name) bytes.set(name, at);
  return bytes;
}

/** The time as MS-DOS stores it in a ZIP header: [time, date], local fields of a UTC clock. */
function dosTime(when: Date): [number, number] {
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2);
  const date = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  return [time, date];
}

async function* bytesOf(data: ZipEntry["data"]): AsyncGenerator<Uint8Array> {
  if (typeof data === "string") yield encoder.encode(data);
  else if (data instanceof Uint8Array) yield data;
  else {
    const reader = data.getReader();
    try {
      for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
    } finally {
      // the client went away or the archive failed: stop the entry's producer too
      await reader.cancel().catch(() => {});
    }
  }
}

/**
 * A ZIP archive of the entries, written as they stream: each file stored as is
 * (no compression, so the archive costs no more CPU than its files), its CRC and
 * size in a data descriptor after it, names in UTF-8, then the central directory.
 * Files and the archive stay under 4 GB (no ZIP64): a larger one fails the stream.
 */
export function zipStream(entries: ZipEntry[], modified: Date = new Date()): ReadableStream<Uint8Array> {
  const [time, date] = dosTime(modified);
  const FLAGS = 0x0008 | 0x0800; // sizes in a data descriptor; UTF-8 names
  async function* archive(): AsyncGenerator<Uint8Array> {
    const directory: Uint8Array[] = [];
    let offset = 0;
    for (const entry of entries) {
      const name = encoder.encode(entry.name);
      const local = header(
        [
          [0x04034b50, 4],
          [20, 2],
          [FLAGS, 2],
          [0, 2],
          [time, 2],
          [date, 2],
          [0, 4],
          [0, 4],
          [0, 4],
          [name.length, 2],
          [0, 2],
        ],
        name,
      );
      yield local;
      let crc = 0;
      let size = 0;
      for await (const chunk of bytesOf(entry.data)) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        if (offset + size > MAX_32) throw new Error("the archive would pass 4 GB: export a narrower filter");
        yield chunk;
      }
      yield header([
        [0x08074b50, 4],
        [crc, 4],
        [size, 4],
        [size, 4],
      ]);
      directory.push(
        header(
          [
            [0x02014b50, 4],
            [20, 2],
            [20, 2],
            [FLAGS, 2],
            [0, 2],
            [time, 2],
            [date, 2],
            [crc, 4],
            [size, 4],
            [size, 4],
            [name.length, 2],
            [0, 2],
            [0, 2],
            [0, 2],
            [0, 2],
            [0, 4],
            [offset, 4],
          ],
          name,
        ),
      );
      offset += local.length + size + 16;
    }
    const directorySize = directory.reduce((n, d) => n + d.length, 0);
    yield* directory;
    yield header([
      [0x06054b50, 4],
      [0, 2],
      [0, 2],
      [entries.length, 2],
      [entries.length, 2],
      [directorySize, 4],
      [offset, 4],
      [0, 2],
    ]);
  }
  const parts = archive();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await parts.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
}
