import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';

/** An element as the project reader keeps it: attributes, text, children, where it starts. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

/** Subtrees a project file holds that the import never reads (news, publications, NUTS regions). */
const SKIPPED = new Set(['article', 'result', 'regions']);

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly code: 'NOT_XML' | 'DOCTYPE_NOT_ALLOWED' | 'ENTRY_TOO_LARGE' | 'UNREADABLE',
    readonly column?: number,
  ) {
    super(message);
  }
}

/**
 * Parses one XML document from a stream into a tree of the elements the import reads, with a
 * strict streaming parser (saxes): well-formedness errors name their line; a DOCTYPE is refused
 * before anything it declares could be expanded or fetched (no entity bombs, no external entities);
 * more than `maxBytes` ends the read.
 */
export async function readXmlTree(stream: Readable, maxBytes: number): Promise<XmlElement> {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let skipping = 0;
  let failure: XmlError | undefined;
  parser.on('doctype', () => {
    failure ??= new XmlError(
      'a DOCTYPE is not allowed (entity declarations are never expanded)',
      parser.line,
      'DOCTYPE_NOT_ALLOWED',
    );
  });
  parser.on('error', (e) => {
    failure ??= new XmlError(e.message.replace(/^[^:]*:\d+:\d+: /, ''), parser.line, 'NOT_XML');
  });
  parser.on('opentag', (tag) => {
    if (skipping || SKIPPED.has(tag.name)) return void skipping++;
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
      line: parser.line,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    if (skipping) return void skipping--;
    stack.pop();
  });
  const append = (text: string) => {
    if (!skipping && stack.length) stack.at(-1)!.text += text;
  };
  parser.on('text', append);
  parser.on('cdata', append);
  let bytes = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes)
        throw new XmlError(
          `more than ${maxBytes / 1024 / 1024} MB`,
          parser.line,
          'ENTRY_TOO_LARGE',
        );
      parser.write(decoder.decode(chunk, { stream: true }));
      if (failure) throw failure;
    }
    parser.write(decoder.decode()).close();
  } catch (error) {
    stream.destroy();
    if (error instanceof XmlError) throw error;
    if (failure) throw failure;
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new XmlError('bytes that are not UTF-8', parser.line, 'NOT_XML', parser.column);
    throw new XmlError(
      `the entry could not be read (${(error as Error).message})`,
      parser.line,
      'UNREADABLE',
    );
  }
  if (failure) throw failure;
  if (!root) throw new XmlError('no XML element', 1, 'NOT_XML');
  return root;
}

/** The first child of that name, or undefined. */
export const child = (e: XmlElement | undefined, name: string): XmlElement | undefined =>
  e?.children.find((c) => c.name === name);

export const children = (e: XmlElement | undefined, name: string): XmlElement[] =>
  e?.children.filter((c) => c.name === name) ?? [];

/**
 * The trimmed text of a child, or undefined when absent or empty. Copied into a string of its own:
 * a slice would keep the parser's whole chunk alive (V8 sliced strings), and a release keeps
 * thousands of them (1.2 GB retained for the full release before, see bench/cordis).
 */
export function textOf(e: XmlElement | undefined, name: string): string | undefined {
  const t = child(e, name)?.text.trim();
  return t ? Buffer.from(t, 'utf8').toString('utf8') : undefined;
}
