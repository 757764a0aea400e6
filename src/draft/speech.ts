import type { Mention } from './mentions.js';
import { sentenceAt, type Sentence } from './tokens.js';
import { REPORTING_VERBS, ROLE_NOUNS } from './vocabulary.js';

/** What a person said, as the text reports it: the verb, and what follows it in the sentence. */
export interface Speech {
  readonly person: Mention;
  readonly sentence: number;
  /** The verb of saying ("highlighted"), or the role noun before the name ("speakers"). */
  readonly verb: string;
  /** From the person to the verb: the speaker's evidence. */
  readonly evidence: string;
  /** What follows the verb up to the next speaker or the sentence's end: a paraphrase. */
  readonly reported: string;
}

/** People the text has speaking: "X, <title>, emphasised…", "X from Y highlighted…", "Session speakers: X". */
export function findSpeech(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Mention[],
): Speech[] {
  const out: Speech[] = [];
  people.forEach((p, k) => {
    const s = sentenceAt(sentences, p.start);
    const sentence = sentences[s]!;
    const nextStart = people.slice(k + 1).find((q) => q.start >= p.end)?.start ?? sentence.end;
    const limit = Math.min(sentence.end, p.end + 200);
    const window = text.slice(p.end, limit);
    for (const m of window.matchAll(/\p{L}+/gu)) {
      if (p.end + m.index >= nextStart && nextStart < limit) {
        if (!/\band\s*$/.test(text.slice(p.end, nextStart))) break; // "X from Y and Z from W said"
      }
      if (!REPORTING_VERBS.has(m[0].toLowerCase())) continue;
      const verbEnd = p.end + m.index + m[0].length;
      const reportedEnd = Math.max(
        verbEnd,
        Math.min(sentence.end, nextAfter(people, verbEnd) ?? sentence.end),
      );
      out.push({
        person: p,
        sentence: s,
        verb: m[0],
        evidence: text.slice(p.start, verbEnd),
        reported: text.slice(verbEnd, reportedEnd).trim(),
      });
      return;
    }
    const before = text.slice(sentence.start, p.start);
    const role = /(\p{L}+)\s*:\s*(?:[\p{L} .'-]+,\s*|[\p{L} .'-]+\s+and\s+)*$/u.exec(before);
    if (role && ROLE_NOUNS.has(role[1]!.toLowerCase())) {
      out.push({
        person: p,
        sentence: s,
        verb: role[1]!,
        evidence: text.slice(sentence.start + role.index, p.end),
        reported: '',
      });
    }
  });
  return out;
}

const nextAfter = (people: readonly Mention[], at: number): number | undefined =>
  people.find((q) => q.start > at)?.start;
