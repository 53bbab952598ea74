import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { constants, createGunzip, gunzipSync } from 'node:zlib';

export interface InputFile {
  /** The file's content, decompressed when it is gzip. */
  content: Readable;
  /** The first characters of the content that are not white space, to tell a JSON array from NDJSON. */
  start: string;
  /** Its size on disk, and how much of that has been read: progress and ETA compare the two. */
  size: number;
  bytesRead(): number;
}

const HEAD_BYTES = 64 * 1024;

function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Opens a file to stream, gunzipped when its first bytes say gzip (whatever its name). */
export function openInputFile(path: string): InputFile {
  const { size } = statSync(path);
  const first = head(path);
  const gzip = isGzip(first);
  // A sync flush takes what a truncated stream holds: the first bytes of a large file are enough.
  const text = (gzip ? gunzipSync(first, { finishFlush: constants.Z_SYNC_FLUSH }) : first).toString('utf8');
  let read = 0;
  const counted = createReadStream(path, { highWaterMark: 256 * 1024 }).pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        read += chunk.length;
        done(null, chunk);
      },
    }),
  );
  return {
    content: gzip ? counted.pipe(createGunzip()) : counted,
    start: text.replace(/^[\s\ufeff]+/, '').slice(0, 16),
    size,
    bytesRead: () => read,
  };
}
