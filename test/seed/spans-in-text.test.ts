import { afterAll, describe, expect, it } from 'vitest';
import type { SeedIssue } from '../../src/seed/issues.js';
import { checkSeeds } from '../../src/seed/pipeline.js';
import { QuotableText } from '../../src/seed/validate/span-match.js';
import { goodSeed, seedDir, SHA } from './seed-files.js';

// What a file quotes from its source must be in the source's text copy (validate, no database).
const files = seedDir('pg-spans-');
afterAll(() => files.remove());

const ARTICLE = `Brussels, 3 March 2026.
Ada Test, Chief Tester at the “Test Organisation”, opened the meeting —
and said the organisation’s work "has only started".
`;

/** goodSeed with a text copy instead of a digest, its evidence replaced, then edited. */
function checked(evidence: string, extra = '', edit = (s: string) => s): SeedIssue[] {
  files.write('article.txt', ARTICLE);
  const seed = goodSeed('doc:spans', extra)
    .replace(`  sha256: '${SHA}'\n`, '  text: article.txt\n')
    .replace('evidence: Ada Test, Chief Tester', `evidence: ${JSON.stringify(evidence)}`);
  return checkSeeds([files.write('spans.yaml', edit(seed))]).issues;
}

const at = (i: SeedIssue) => `${i.line}:${i.col} ${i.code}`;

describe('spans quoted from the source', () => {
  it('are found across line breaks, typographic quotes, dashes, case and an ellipsis', () => {
    for (const evidence of [
      'Ada Test, Chief Tester at the "Test Organisation"',
      "opened the meeting - and said the organisation's work",
      'ada test, chief tester',
      'Ada Test … opened the meeting',
      'Ada Test [...] said the organisation’s work "has only started"',
    ]) {
      expect(checked(evidence), evidence).toEqual([]);
    }
  });

  it('that are not in the text are errors at the field, naming where the text departs', () => {
    const issues = checked('Ada Test, Chief Engineer at the Test Organisation');
    expect(issues.map(at)).toEqual(['19:15 SPAN_NOT_IN_TEXT']);
    expect(issues[0]!.message).toContain('is not in article.txt');
    expect(issues[0]!.message).toContain('"Ada Test, Chief"');
    expect(issues[0]!.message).toContain('then " Tester at the "Test Organisation", open"');
  });

  it('keep the order an ellipsis gives', () => {
    expect(checked('opened the meeting … Ada Test').map(at)).toEqual(['19:15 SPAN_NOT_IN_TEXT']);
  });

  it('include quote and asWritten of entries and mentions, and verbatim statements', () => {
    const extra = `mentions:
  - ref: org:test-org
    asWritten: Test Organisatoin
    quote: the "Test Organisation"
  - ref: person:ada-test
    quote: Ada Tester
`;
    const statement = `  - id: statement:ada-started
    name: Ada Test on the work
    text: the work has only started
    quoted: true
  - id: statement:ada-paraphrased
    name: Ada Test on the work, in other words
    text: the work has only started
    quoted: false
relationships:`;
    const issues = checked('Ada Test, Chief Tester', extra);
    expect(issues.map(at)).toEqual(['22:16 SPAN_NOT_IN_TEXT', '25:12 SPAN_NOT_IN_TEXT']);
    expect(issues[0]!.message).toMatch(/^asWritten "Test Organisatoin" is not in article\.txt/);
    expect(issues[1]!.message).toContain('the text has "Ada", then " Test, Chief Tester');
    const withStatements = checked('Ada Test', '', (s) => s.replace('relationships:', statement));
    expect(withStatements.map(at)).toEqual(['15:11 SPAN_NOT_IN_TEXT']);
  });

  it('are not checked for a source known only by its digest', () => {
    const seed = goodSeed('doc:digest').replace('Ada Test, Chief Tester', 'words nowhere');
    expect(checkSeeds([files.write('digest.yaml', seed)]).issues).toEqual([]);
  });
});

describe('QuotableText', () => {
  const text = new QuotableText('Der Ausschuss tagte in Brüssel.\nDie Sitzung war öffentlich.');

  it('finds a span in another Unicode normal form', () => {
    expect(text.miss('Brüssel. Die Sitzung'.normalize('NFD'))).toBeUndefined();
  });

  it('says nothing was found when no word of the span is in the text', () => {
    expect(text.miss('Strasbourg')).toEqual({ matched: '', textGoesOn: '' });
  });

  it('matches whole words only, and reads ligatures and invisible spaces as the letters they are', () => {
    const pdf = new QuotableText('The Commission is ﬁnancing the pro\u200bgramme.');
    expect(pdf.miss('mission is')).toBeDefined();
    expect(pdf.miss('Commission is financing the programme')).toBeUndefined();
  });

  it('an ellipsis alone asks for nothing', () => {
    expect(text.miss('…')).toBeUndefined();
  });
});
