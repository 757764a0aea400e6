import type { Mention } from './mentions.js';
import { HONORIFIC } from './vocabulary.js';

/**
 * Texts whose lines open with who speaks: a labelled interview ("EHTR: What is …?" /
 * "Wiśniewska-Kohl: That Europe …") or a transcript ("SAILA RINNE: What is different …",
 * "MENDES: Alfons, is …", "Dr KOWALSKA (Commission): …"). Each line's label names a speaker; the
 * lines of whoever mostly asks are the questions.
 */

/**
 * A line a label opens: up to four capitalised words ("Deputy Ciarán Ó Laoghaire"), maybe
 * "(Commission)", then a colon; or a post of any words with the holder in brackets ("Minister of
 * State at the Department of Health (Deputy Orla Hanrahan):").
 */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const LABEL = new RegExp(
  String.raw`^[ \t]*(?:\*\*)?(${WORD}(?:[ ]${WORD}){0,3}|${WORD}(?:[ ](?:${WORD}|of|at|the|for|and|on|in)){1,10}(?=[ \t]*\())(?:[ \t]*\(([^()\n]{1,60})\))?(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*(\S[^\n]*)$`,
  'gmu',
);

/** A text that says it is a record of what was said. */
const TRANSCRIPT =
  /\b(?:transcripts?|verbatim|edited for length|proceedings|Hansard|Official Report|debates?)\b/i;

export interface LabelledLine {
  /** The person the label names, if the text names them. */
  readonly speaker?: Mention;
  /** Where the words after the label start, and where the line's turn ends. */
  readonly from: number;
  readonly to: number;
  /** The label and the turn's first words ("SAILA RINNE: What is different"), for evidence. */
  readonly evidence: string;
  readonly asking: boolean;
  /** Said at the event the text records (a transcript), not to an interviewer. */
  readonly transcript: boolean;
}

/**
 * The turns of a labelled text, or undefined when it is not one: an asker (a label whose lines,
 * two or more, are mostly questions) and two turns of others; or, in a text that says it is a
 * transcript, turns of two people or more.
 */
export function labelledLines(
  text: string,
  people: readonly Mention[],
  endOf: (from: number) => number,
): LabelledLine[] | undefined {
  const lines = [...text.matchAll(LABEL)];
  // ("CHAIR (Marit Oosterhuis): …", then "CHAIR: …": the role's later lines are the same person's)
  const roles = new Map<string, Mention>();
  const who = lines.map((l) => {
    const named =
      speakerNamed(l[1]!, people, text) ?? (l[2] ? speakerNamed(l[2], people, text) : undefined);
    if (named && l[2] && !speakerNamed(l[1]!, people, text)) roles.set(l[1]!, named);
    return named ?? roles.get(l[1]!);
  });
  const key = (k: number) => who[k]?.entity.id ?? lines[k]![1]!;
  const turns = new Map<string, number[]>();
  lines.forEach((_, k) => turns.set(key(k), [...(turns.get(key(k)) ?? []), k]));
  const isQuestion = (k: number) => /\?[\s*]*$/.test(lines[k]![3]!);
  // (an interviewer's questions are short; a member's in a debate are speeches that end asking)
  const words = (k: number) => lines[k]![3]!.split(/\s+/).length;
  const asker = [...turns].find(
    ([, ks]) =>
      ks.length >= 2 &&
      ks.filter(isQuestion).length * 2 > ks.length &&
      ks.reduce((n, k) => n + words(k), 0) / ks.length < 60,
  )?.[0];
  const others = lines.map((_, k) => k).filter((k) => key(k) !== asker);
  const speakers = new Set(others.filter((k) => who[k]).map(key));
  const answered = others.some((k) => (turns.get(key(k))?.length ?? 0) >= 2);
  const transcript = TRANSCRIPT.test(text.slice(0, 2000)) && speakers.size >= 2;
  // ("3. Can a trained model leave the secure processing environment? ⏎ Dr X: Only anonymous …":
  // written answers, each under its question, by two people or more)
  const underQuestion = others.filter((k) => who[k] && afterQuestion(text, lines[k]!.index));
  const answering = speakers.size >= 2 && underQuestion.length >= 2;
  if (!(asker && answered) && !transcript && !answering) return undefined;
  return lines.map((line, k) => {
    const from = line.index + line[0].length - line[3]!.length;
    const head = /^\S+(?:\s+\S+){0,3}/u.exec(line[3]!)![0];
    return {
      speaker: who[k],
      from,
      to: lines[k + 1]?.index ?? endOf(from),
      evidence: text.slice(line.index, from + head.length).trim(),
      asking: key(k) === asker,
      transcript,
    };
  });
}

/** The line before `at` (blank lines aside) asks a question. */
const afterQuestion = (text: string, at: number): boolean =>
  /\?[ \t*]*\n(?:[ \t]*\n)*[ \t]*$/.test(text.slice(Math.max(0, at - 400), at));

const TITLE_OPENING = new RegExp(String.raw`^${HONORIFIC}\s+`, 'i');
/** "SAILA RINNE", "Rinne", "Dr Kowalska": the person named by a label, by full name or surname. */
function speakerNamed(
  label: string,
  people: readonly Mention[],
  text: string,
): Mention | undefined {
  const name = label.replace(TITLE_OPENING, '').toLowerCase();
  return people.find((p) => {
    // (as the graph writes the name, or as the text does: "Kyriakos" for a known "Kyriacos")
    const full = p.entity.name.toLowerCase();
    if (text.slice(p.start, p.end).toLowerCase() === name) return true;
    // (or the full name after a title: "Deputy Ciarán Ó Laoghaire", "Senator Mary Kelly")
    return full === name || full.endsWith(` ${name}`) || name.endsWith(` ${full}`);
  });
}
