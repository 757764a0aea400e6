import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { RowIssueCode, rowIssue, type RowIssue } from './issues.js';

/** One line of a file: its text, or why it could not be read as UTF-8 text. */
export type Line =
  | { readonly line: number; readonly text: string; readonly issue?: undefined }
  | { readonly line: number; readonly text?: undefined; readonly issue: RowIssue };

/** The longest line accepted: the real rows are under 2 kB; a 1 MB subject is refused here. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Streams a file line by line (LF or CRLF), decoding each line as strict UTF-8. Memory stays
 * bounded whatever the file: a line longer than `maxLineBytes` is reported and skipped without
 * being buffered. Blank lines are skipped; line numbers count every line. `hash`, when given, is
 * fed every byte: the file is hashed while it is read.
 */
export async function* readLines(
  file: string,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  hash?: Hash,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const finish = (): Line | undefined => {
    const at = line++;
    if (tooLong) {
      tooLong = false;
      const msg = `line is longer than ${maxLineBytes} bytes; is this a JSONL file?`;
      return { line: at, issue: rowIssue(file, at, RowIssueCode.LINE_TOO_LONG, msg) };
    }
    const bytes = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    return decode(file, at, bytes);
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash?.update(chunk);
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      take(chunk.subarray(start, nl));
      const done = finish();
      if (done) yield done;
      start = nl + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0 || tooLong) {
    const done = finish();
    if (done) yield done;
  }

  function take(piece: Buffer): void {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }
}

function decode(file: string, line: number, bytes: Buffer): Line | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const msg = `bytes that are not UTF-8 at byte ${at + 1} of the line (0x${bytes[at]?.toString(16)})`;
    return { line, issue: rowIssue(file, line, RowIssueCode.NOT_UTF8, msg) };
  }
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r$/, '');
  return text.trim() === '' ? undefined : { line, text };
}

/** Offset of the first byte where decoding fails (for the message). */
function firstInvalidByte(bytes: Buffer): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  return at < 0 ? 0 : Buffer.byteLength(lenient.slice(0, at));
}
