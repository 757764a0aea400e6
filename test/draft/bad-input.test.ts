import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftFile } from '../../src/app/draft-article.js';
import { loadConfig } from '../../src/config/config.js';
import { isAppError } from '../../src/errors/app-error.js';
import { seedDir } from '../seed/seed-files.js';
import { ARTICLE } from './article-fixture.js';

const files = seedDir('pg-draft-bad-');
afterAll(() => files.remove());
const config = loadConfig();

/** The error draft gives for a file: a public code and a message naming the file. */
async function failure(path: string, options: Parameters<typeof draftFile>[2] = {}) {
  try {
    await draftFile(config, path, { offline: true, ...options });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, message: error.message, hint: error.hint };
  }
  throw new Error(`draft of ${path} did not fail`);
}

describe('draft refuses bad input with a clear message', () => {
  it('an empty file, or one with only a header', async () => {
    const empty = await failure(files.write('empty.txt', ''));
    expect(empty).toMatchObject({ code: 'DRAFT_INPUT_INVALID' });
    expect(empty.message).toMatch(/empty\.txt:1:1 EMPTY_FILE there is no text to draft from/);
    const header = await failure(
      files.write('header.txt', 'source: x\nurl: https://example.org\n---\n \n'),
    );
    expect(header.message).toMatch(/header\.txt:1:1 EMPTY_FILE .*after the header/);
  });

  it('a binary file, naming where the first byte that is not text is', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const bad = await failure(files.write('image.png', png));
    expect(bad.message).toMatch(/image\.png:\d+:\d+ BINARY_FILE not UTF-8 text/);
  });

  it('a 20 MB text, before reading it', async () => {
    const big = files.write('big.txt', Buffer.alloc(20 * 1024 * 1024, 'a'));
    const bad = await failure(big);
    expect(bad.message).toMatch(
      /big\.txt:1:1 FILE_TOO_LARGE 20\.0 MB is over the 2 MB limit.*--max-mb/,
    );
  });

  it('a text with no names at all', async () => {
    const plain =
      'the quick brown fox jumps over the lazy dog.\nnothing here is capitalised, quoted or known.\n';
    const bad = await failure(files.write('plain.txt', plain));
    expect(bad.message).toMatch(/plain\.txt:1:1 no names found/);
    expect(bad.hint).toMatch(/right file/);
  });

  it('a --date or --url that is not one', async () => {
    const article = files.write('a.txt', ARTICLE);
    expect((await failure(article, { date: '2026-02-30' })).message).toMatch(
      /--date "2026-02-30" is not a valid date/,
    );
    expect((await failure(article, { url: 'ftp://x' })).message).toMatch(
      /--url "ftp:\/\/x" is not a valid url/,
    );
  });

  it('never writes over an existing file without --force, and writes nothing on failure', async () => {
    const article = files.write('b.txt', ARTICLE);
    const out = files.write('taken.yaml', 'curated: true\n');
    expect((await failure(article, { out })).message).toMatch(
      /taken\.yaml exists: not overwritten/,
    );
    expect(readFileSync(out, 'utf8')).toBe('curated: true\n');
    const missing = join(files.dir, 'never.yaml');
    await failure(files.write('empty2.txt', ''), { out: missing });
    expect(() => readFileSync(missing)).toThrow(/ENOENT/);
    const done = await draftFile(config, article, { offline: true, out, force: true });
    expect(done.against).toBe('the seed files (no graph: --offline)');
    expect(readFileSync(out, 'utf8')).toBe(done.yaml);
    writeFileSync(out, '');
  });
});
