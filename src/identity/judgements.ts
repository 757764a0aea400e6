import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument, isSeq, YAMLSeq } from 'yaml';
import { z } from 'zod';

/**
 * Reviewers' decisions on pairs of names (nomenklatura-style judgements). A side is an entity id
 * (`org:roche`) or a name exactly as written in the register. `same` links them; `different`
 * keeps them apart even when their normal forms are equal, and silences the suggestion.
 */
export const JudgementSchema = z.strictObject({
  a: z.string().trim().min(1),
  b: z.string().trim().min(1),
  judgement: z.enum(['same', 'different']),
  reason: z.string().trim().min(1),
  who: z.string().trim().min(1),
  when: z.iso.date().or(z.iso.datetime()),
});
export type Judgement = z.infer<typeof JudgementSchema>;

const FileSchema = z.strictObject({ judgements: z.array(JudgementSchema).nullable() });

export class JudgementFileError extends Error {}

/** Reads and checks the judgements file; a missing file is an empty list. */
export function loadJudgements(path: string): Judgement[] {
  if (!existsSync(path)) return [];
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (doc.errors.length) throw new JudgementFileError(`${path}: ${doc.errors[0]!.message}`);
  const parsed = FileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new JudgementFileError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.judgements ?? [];
}

/** Appends one judgement, keeping the file's comments and order. */
export function appendJudgement(path: string, judgement: Judgement): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : 'judgements: []\n';
  const doc = parseDocument(text);
  let list = doc.get('judgements');
  if (!isSeq(list)) {
    list = new YAMLSeq();
    doc.set('judgements', list);
  }
  (list as YAMLSeq).flow = false;
  (list as YAMLSeq).add(doc.createNode(JudgementSchema.parse(judgement)));
  writeFileSync(path, doc.toString({ lineWidth: 100 }));
}

/** A pair's key, order-free. */
export const pairKey = (a: string, b: string): string =>
  a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
