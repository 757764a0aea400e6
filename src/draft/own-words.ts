import type { Mention } from './mentions.js';
import type { Quote } from './quotes.js';
import { labelledLines, type LabelledLine } from './labelled-lines.js';

/**
 * Texts in someone's own words — an interview's answers, a speech — where the statements are not
 * in quotation marks: each sentence that takes a position is a quoted statement of theirs.
 */

/** "Q: What did you find?", "**Q.** …", "Question: …": an interviewer's line. */
const QUESTION = /^[ \t]*(?:\*\*)?(?:Q|Question)\s*(?:\*\*)?\s*[:.)–—-]\s*(?:\*\*)?\s*\S.*$/gmu;
/**
 * A line that is one question: "**What comes next?**", "Is the data there?", or that leads up to
 * one ("Minister, Brussels adopted the EHDS a year ago. What changes for a patient?").
 */
const QUESTION_LINE =
  /^[ \t]*(?:\*\*)?\p{Lu}(?:[^\n?.!]|[.!][ \t]+(?=\p{Lu})){2,240}\?(?:\*\*)?[ \t]*$/gmu;
const ANSWER_MARK = /^[ \t]*(?:\*\*)?A\s*(?:\*\*)?\s*[:.)–—-]\s*(?:\*\*)?\s*/u;

/**
 * A question-and-answer interview: the answers (the text between a question line and the next one)
 * are the interviewee's own words; each of their sentences that takes a position is a quoted
 * statement of theirs. The interviewee is the person
 * the title names ("an interview with X"), else the first person the text names. Two question
 * lines at least; otherwise none.
 */
export function interviewAnswers(
  text: string,
  title: string | undefined,
  people: readonly Mention[],
): Quote[] {
  const marked = [...text.matchAll(QUESTION)];
  // a press briefing's transcript: "Q – X, Outlet: …?" asks, "KRATOCHVÍL: No. …" answers — the
  // labels name who answers, and a turn ends at the next question
  const nextQuestion = (from: number) => marked.find((q) => q.index > from)?.index ?? text.length;
  const named = labelledLines(text, people, (from) =>
    Math.min(endOfAnswers(text, from), nextQuestion(from)),
  );
  if (named && (marked.length < 2 || named.some((l) => l.speaker && !l.asking)))
    return named.flatMap((l) => turn(text, { ...l, to: Math.min(l.to, nextQuestion(l.from)) }));
  // "What makes children different?" on a line of its own, an answer under it: unmarked
  // questions, in a text that says it is an interview ("five questions for X", "spoke to")
  const questions =
    marked.length >= 2 ? marked : isInterview(text, title) ? questionLines(text) : [];
  if (questions.length < 2) return [];
  const speaker = interviewee(text, title, people, questions[0]!.index);
  if (!speaker) return [];
  return questions.flatMap((q, k) => {
    const from = q.index + q[0].length;
    const to = questions[k + 1]?.index ?? endOfAnswers(text, from);
    const marked = ANSWER_MARK.exec(text.slice(from, to).replace(/^\s+/, ''));
    const skip = text.slice(from, to).length - text.slice(from, to).trimStart().length;
    const answerStart = from + skip + (marked?.[0].length ?? 0);
    return answer(text, answerStart, to, speaker, q[0]);
  });
}

const answer = (
  text: string,
  from: number,
  to: number,
  speaker: Mention,
  question: string,
  spoken = false,
) =>
  stances(text, from, to, ANSWER_STANCE, spoken).map((s) => ({
    ...s,
    speaker,
    attribution: 'interview answer' as const,
    evidence: question.trim(),
  }));

/** A labelled turn's words are its speaker's (not the asker's, nor an unnamed label's). */
function turn(text: string, line: LabelledLine): Quote[] {
  if (line.asking || !line.speaker) return [];
  const attribution = line.transcript ? ('transcript' as const) : ('interview answer' as const);
  return answer(text, line.from, line.to, line.speaker, line.evidence, line.transcript)
    .filter((s) => !s.text.endsWith('?'))
    .map((s) => ({ ...s, attribution }));
}

/**
 * The unmarked question lines; one that leads up to its "?" over a sentence is an answer when the
 * line before it is a question ("How should hospitals prepare?" ⏎ "They must invest … Otherwise,
 * who will keep the twins up to date?").
 */
function questionLines(text: string): RegExpExecArray[] {
  const all = [...text.matchAll(QUESTION_LINE)];
  return all.filter((q, k) => {
    if (!/[.!]\s/.test(q[0])) return true;
    const before = all[k - 1];
    return !before || text.slice(before.index + before[0].length, q.index).trim() !== '';
  });
}

/** A title or an opening that says the text is an interview. */
const INTERVIEW_CUE =
  /\b(?:interview|in conversation with|questions (?:for|to)|Q&A|spoke (?:to|with)|talked (?:to|with)|asked (?:him|her|them))\b/i;
const isInterview = (text: string, title: string | undefined): boolean =>
  INTERVIEW_CUE.test(title ?? '') || INTERVIEW_CUE.test(text.slice(0, 1500));

/** "Speech by X, <title>, at …", "Remarks by X", "Keynote address by X": the speaker's text. */
const SPEECH_TITLE =
  /^(?:Speech|Remarks|Address|Statement|Keynote(?:\s+(?:speech|address))?|(?:Opening|Closing|Welcome)\s+(?:speech|remarks|address))\s+(?:delivered\s+)?by\s+/i;

export const isSpeechTitle = (title: string | undefined): boolean =>
  title !== undefined && SPEECH_TITLE.test(title);

/** A speech: the sentences of its body that take a position are the speaker's statements. */
export function speechSentences(
  text: string,
  title: string | undefined,
  people: readonly Mention[],
): Quote[] {
  if (!title || !SPEECH_TITLE.test(title)) return [];
  // the title is the body's first line, or only the header's ("source:"): then the body is all
  const at = text.indexOf(title);
  const bodyStart = at < 0 ? 0 : at + title.length;
  const speaker = people.find(
    (p) => (at < 0 || p.start < bodyStart) && title.includes(text.slice(p.start, p.end)),
  );
  if (!speaker) return [];
  // "Anna Berg … said the Commission must slow down": someone else's words, reported
  const reported = /\b(?:said|says|argued|told|added|warned|noted|stressed|replied)\b/;
  return stances(text, bodyStart, text.length)
    .filter((s) => !reported.test(s.text))
    .map((s) => ({
      ...s,
      speaker,
      attribution: 'speech' as const,
      evidence: title.slice(0, 200),
    }));
}

/** A position, not a report: "must", "should", "only if", "what we lack", "we hope", "I believe". */
const STANCE =
  /\b(?:must|should|only if|lacks?|have to|has to|ought to|it is time|I believe|we believe|we need|Europe needs)\b/i;
/** In an interview's answers (the interviewee's views by the format): judgements too. */
const ANSWER_STANCE = new RegExp(
  String.raw`${STANCE.source}|\b(?:only as|needs?|too (?:few|many|little|much|slow)|essential|crucial|(?:is|was) (?:right|wrong)|I (?:think|hope|fear|expect|want(?! to thank)|don't see)|we expect|we (?:have accepted|will implement|won't|will not)|I (?:would not|wouldn't|won't)|let me be (?:very )?clear|showed that|is never|(?:is|are) not \w+ \w+, (?:we|it|but)|is that we|but (?:we|it|they) (?:are|is) not)\b|, not (?:a|an|the|for|by|with)\b`,
  'i',
);

/** The sentences of an answer that take a position (statements are positions; figures are facts). */
function stances(
  text: string,
  from: number,
  to: number,
  stance = STANCE,
  spoken = false,
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.slice(from, to).matchAll(/[^.!?\n]+(?:[.!?]+["”’]?|$)/gmu)) {
    // (said aloud: "(laughter) Seriously: patients are …", "I always say: a twin …": the words
    // after the lead-in; in writing, "The answer is simple: we need …" keeps its subject)
    const sentence = spoken ? m[0].trim().replace(LEAD_IN, '') : m[0].trim();
    // ("Let me be very clear: the timeline is …": the lead-in says a position follows)
    if (sentence.split(/\s+/).length < 5 || !stance.test(m[0]) || /[“"]/.test(sentence)) continue;
    const start = from + m.index + m[0].lastIndexOf(sentence);
    out.push({ start, end: start + sentence.length, text: sentence });
  }
  return out;
}

/**
 * A stage note ("(laughter)") and a short lead-in ending in a colon, before what is said ("Let me
 * be very clear: …" is said, and kept).
 */
const LEAD_IN =
  /^(?:\([^()]{1,30}\)\s*)?(?:(?![Ll]et me\b)[^\s:]+(?:\s+[^\s:]+){0,5}:\s+(?=\S+\s+\S+\s+\S+))?/u;

/** The last answer ends before a footer line ("About …", "Contact", "Interview by …"), if any. */
function endOfAnswers(text: string, from: number): number {
  const m = /\n[ \t]*\n[ \t]*(?:About |Contact|Media contact|Interview by|Photo|©)/u.exec(
    text.slice(from),
  );
  return m ? from + m.index : text.length;
}

/** "By X", "Interview by X", "Photo: X": whoever wrote or pictured it, not who answers. */
const BYLINE = /(?:\bby|\b(?:photo|credit|interviewer|author)s?\s*:)\s*$/i;

function interviewee(
  text: string,
  title: string | undefined,
  people: readonly Mention[],
  firstQuestion: number,
): Mention | undefined {
  const named =
    title &&
    /\b(?:interview\s+with|in\s+conversation\s+with|questions\s+(?:for|to)|talks?\s+(?:to|with))\s+(.+)$/i
      .exec(title)?.[1]
      ?.toLowerCase();
  const inTitle = named
    ? people.find((p) => named.includes(p.entity.name.toLowerCase()))
    : undefined;
  const bylined = (p: Mention) => BYLINE.test(text.slice(Math.max(0, p.start - 30), p.start));
  return inTitle ?? people.find((p) => p.start < firstQuestion && !bylined(p));
}
