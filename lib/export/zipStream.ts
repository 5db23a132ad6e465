import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Receives the zip's bytes in order; may be async (a file writer), and is awaited. */
export type ChunkSink = (chunk: Uint8Array) => void | Promise<void>;

export interface ZipStream {
  /**
   * Adds one whole file and hands its bytes to the sink before resolving, so a caller that
   * awaits each file holds one file at a time. `stored` for bytes that are deflate streams
   * already (PNG, JPEG, PDF): deflating them again costs time for almost nothing.
   */
  add(name: string, bytes: Uint8Array, stored: boolean): Promise<void>;
  /** Writes the central directory; the zip is complete once this resolves. */
  end(): Promise<void>;
}

/**
 * fflate's streaming Zip, drained into `sink` after every file: fflate calls back synchronously
 * with the chunks (or an error), which are queued and then written in order, awaiting the sink.
 */
export function openZipStream(sink: ChunkSink, mtime: Date): ZipStream {
  const pending: Uint8Array[] = [];
  let zipError: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) zipError = err;
    else pending.push(chunk);
  });
  const drain = async (): Promise<void> => {
    while (pending.length > 0) await sink(pending.shift()!);
    if (zipError) throw zipError;
  };
  return {
    add: async (name, bytes, stored) => {
      const entry = stored ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(bytes, true);
      await drain();
    },
    end: async () => {
      zip.end();
      await drain();
    },
  };
}
