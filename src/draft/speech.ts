import type { Mention } from './mentions.js';
import { sentenceAt, type Sentence } from './tokens.js';
import { PERSONAL_TITLES, REPORTING_VERBS, ROLE_NOUNS, ROLE_WORDS } from './vocabulary.js';

/** What a person said, as the text reports it: the verb, and what follows it in the sentence. */
export interface Speech {
  readonly person: Mention;
  readonly sentence: number;
  /** The verb of saying ("highlighted"), or the role noun before the name ("speakers"). */
  readonly verb: string;
  /** From the person to the verb (or the verb to the person): the speaker's evidence. */
  readonly evidence: string;
  /** What follows the verb up to the next speaker or the sentence's end: a paraphrase. */
  readonly reported: string;
}

interface Context {
  readonly text: string;
  readonly sentence: Sentence;
  readonly s: number;
  /** Where the next person's name starts (or the sentence ends). */
  readonly next: number;
  readonly people: readonly Mention[];
}

/**
 * People the text has speaking: "X, <title>, emphasised…", "X from Y and Z from W underscored…",
 * "…,” said Commissioner X", "according to X", "Session speakers: X, Y".
 */
export function findSpeech(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Mention[],
): Speech[] {
  const found = people.map((p, k) => {
    const s = sentenceAt(sentences, p.start);
    const sentence = sentences[s]!;
    const next = people.slice(k + 1).find((q) => q.start >= p.end)?.start ?? sentence.end;
    const ctx = { text, sentence, s, next, people };
    return verbAfter(p, ctx) ?? verbBefore(p, ctx) ?? byPhrase(p, ctx) ?? listedAs(p, ctx);
  });
  return withListed(text, people, found);
}

/** "X and Y said", "remarks by X and Y": a person listed with a speaker speaks too. */
function withListed(
  text: string,
  people: readonly Mention[],
  found: (Speech | undefined)[],
): Speech[] {
  const joined = (k: number) =>
    /^\s*(?:\([^)]*\))?\s*(?:,|and|,\s*and)\s*$/.test(
      text.slice(people[k]!.end, people[k + 1]!.start),
    );
  for (let k = 0; k + 1 < people.length; k++) {
    if (found[k] && !found[k + 1] && joined(k))
      found[k + 1] = { ...found[k]!, person: people[k + 1]!, reported: '' };
  }
  for (let k = people.length - 2; k >= 0; k--) {
    if (!found[k] && found[k + 1] && joined(k))
      found[k] = {
        ...found[k + 1]!,
        person: people[k]!,
        evidence: text.slice(people[k]!.start, people[k + 1]!.end),
      };
  }
  return found.filter((s): s is Speech => s !== undefined);
}

/** "Welcome addresses by the European Commission representatives X and Y", "a keynote by Professor X". */
function byPhrase(p: Mention, { text, sentence, s }: Context): Speech | undefined {
  const before = text.slice(Math.max(sentence.start, p.start - 100), p.start);
  const m =
    /\b(address(?:es)?|remarks|speech(?:es)?|keynote|presentations?|talks?|lectures?)\s+by\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,5})$/u.exec(
      before,
    );
  if (!m) return undefined;
  const words = m[2]!.trim().split(/\s+/).filter(Boolean);
  if (words.length && !words.every((w) => /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w.toLowerCase())))
    return undefined;
  const from = p.start - (before.length - m.index);
  return { person: p, sentence: s, verb: m[1]!, evidence: text.slice(from, p.end), reported: '' };
}

function verbAfter(p: Mention, { text, sentence, s, next, people }: Context): Speech | undefined {
  const limit = Math.min(sentence.end, p.end + 200);
  for (const m of text.slice(p.end, limit).matchAll(/\p{L}+/gu)) {
    const at = p.end + m.index;
    // Past the next person's name only in "X from Y and Z from W said".
    if (at >= next && next < limit && !/\band\s*$/.test(text.slice(p.end, next))) return undefined;
    if (!REPORTING_VERBS.has(m[0].toLowerCase())) continue;
    if (/\b(?:is|was|are|were|been|being)\s+$/.test(text.slice(at - 8, at))) continue; // "is described as"
    const verbEnd = at + m[0].length;
    const reportedEnd = Math.min(
      sentence.end,
      people.find((q) => q.start > verbEnd)?.start ?? sentence.end,
    );
    return {
      person: p,
      sentence: s,
      verb: m[0],
      evidence: text.slice(p.start, verbEnd),
      reported: text.slice(verbEnd, Math.max(verbEnd, reportedEnd)).trim(),
    };
  }
  return undefined;
}

/** "…,” said Commissioner X" / "according to Professor X". */
function verbBefore(p: Mention, { text, sentence, s }: Context): Speech | undefined {
  const before = text.slice(Math.max(sentence.start, p.start - 60), p.start);
  const m = /(\p{L}+)(?:\s+to)?\s+((?:\p{L}+[.]?\s+){0,3})$/u.exec(before);
  if (!m) return undefined;
  const verb = m[1]!.toLowerCase();
  const between = m[2]!.trim().split(/\s+/).filter(Boolean);
  const titles = between.every(
    (w) =>
      ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) ||
      PERSONAL_TITLES.has(w.toLowerCase().replace(/\.$/, '')),
  );
  if (
    !titles ||
    !(REPORTING_VERBS.has(verb) || (verb === 'according' && /\sto\s/.test(before.slice(m.index))))
  )
    return undefined;
  const from = p.start - (before.length - m.index);
  return { person: p, sentence: s, verb: m[1]!, evidence: text.slice(from, p.end), reported: '' };
}

/** "Session speakers: X, Y and Z", "the host X". */
function listedAs(p: Mention, { text, sentence, s }: Context): Speech | undefined {
  const before = text.slice(sentence.start, p.start);
  const role = /(\p{L}+)\s*:\s*(?:[\p{L}\s.'-]+(?:\([^)]*\))?,\s*|[\p{L}\s.'-]+\s+and\s+)*$/u.exec(
    before,
  );
  if (!role || !ROLE_NOUNS.has(role[1]!.toLowerCase()) || !/speaker|keynote|panel/i.test(role[1]!))
    return undefined;
  return {
    person: p,
    sentence: s,
    verb: role[1]!,
    evidence: text.slice(sentence.start + role.index, p.end),
    reported: '',
  };
}
