import { createHash } from 'node:crypto';
import { dirname, relative, resolve } from 'node:path';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import type { Article } from './article.js';
import { isPressRelease } from './page-labels.js';

/** The draft's `source:` block and its header: what the article says about itself. */

/** No title: the first sentence after the dateline, cut at 12 words (a check asks for the title). */
export function leadOf(text: string, dateline?: { end: number }): string | undefined {
  const rest = text.slice(dateline?.end ?? 0).trim();
  const words = (/^[^.!?\n]{8,}/.exec(rest)?.[0] ?? '').split(/\s+/).filter(Boolean);
  if (words.length < 3) return undefined;
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
}

export function checked(
  value: string | undefined,
  schema: { safeParse(v: unknown): { success: boolean } },
  what: string,
): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!schema.safeParse(value).success)
    throw new AppError(
      ErrorCode.DRAFT_INPUT_INVALID,
      `--${what} "${value}" is not a valid ${what}`,
    );
  return value;
}

export function sourceBlock(
  article: Article,
  outPath: string,
  s: { id: string; title: string; url?: string; published?: string; publisher?: string },
) {
  const rel = relative(dirname(resolve(outPath)), article.absolute);
  const inside = !rel.startsWith('..') && !rel.startsWith('/');
  return {
    id: s.id,
    name: s.title,
    kind: isPressRelease(article.body) ? 'PRESS_RELEASE' : 'ARTICLE',
    ...(s.publisher ? { publisher: s.publisher } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.published ? { published: s.published } : {}),
    ...(inside
      ? { text: rel.split('\\').join('/') }
      : { sha256: createHash('sha256').update(article.text).digest('hex') }),
  };
}

/** seed/schema.json relative to the draft (absolute when the draft is outside the project). */
export const schemaPathFrom = (outPath: string, schemaFile: string): string => {
  const rel = relative(dirname(resolve(outPath)), schemaFile)
    .split('\\')
    .join('/');
  if (rel.startsWith('../..')) return schemaFile;
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/** The draft's opening comment: where it comes from, what to do with it, what it lacks. */
export function headerLines(
  article: Article,
  against: string,
  source: { url?: string | undefined; loaded?: { id: string; name: string } | undefined },
): string[] {
  const titled = article.title || article.header.get('source');
  return [
    `Drafted by \`policy-graph draft\` from ${article.file}, against ${against}.`,
    'A draft: read every `check:` comment and every evidence span, fix what is wrong, then',
    'validate → seed --dry-run → seed (seed/README.md, "How to curate a new document").',
    ...(titled
      ? []
      : [
          'check: the source has no title line: its name is the first words of the text; give its title',
        ]),
    ...(source.url
      ? []
      : [
          'check: the source has no url (none given with --url or in the header): add where the article is published, if it is',
        ]),
    ...(source.loaded
      ? [
          `The graph has this address as ${source.loaded.id} ("${source.loaded.name}"): this draft adds to it.`,
        ]
      : []),
  ];
}
