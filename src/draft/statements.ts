import { cleanText } from '../model/names/normalise.js';
import { short } from './evidence.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Mention } from './mentions.js';
import type { Quote } from './quotes.js';

const SUBJECT_LABELS = new Set(['Initiative', 'Topic', 'Project']);

/**
 * A quote as a Statement: quoted: true, MADE_BY its speaker, MADE_AT the event, ABOUT the
 * initiatives, projects and topics named between the speaker's name and the quote's end.
 */
export function statementOf(
  builder: DraftBuilder,
  q: Quote,
  at: { event?: DraftEntity; date?: string; mentions: readonly Mention[]; text: string },
): void {
  if (!q.speaker) {
    builder.notes.push(`a quote nobody is named for: “${short(q.text, 300)}”`);
    return;
  }
  const person = q.speaker.entity;
  const words = q.text.split(/\s+/).slice(0, 6).join(' ');
  const surname = person.name.split(/\s+/).at(-1)!;
  const { date } = at;
  const statement = builder.propose(
    'Statement',
    `${person.name}${date ? `, ${date}` : ''}: “${words}…”`,
    { text: cleanText(q.text).replace(/[,;:]$/, ''), quoted: true, ...(date ? { date } : {}) },
    `${date ?? ''} ${surname} ${q.text.split(/\s+/).slice(0, 4).join(' ')}`,
  );
  const own = OWN_WORDS[q.attribution ?? ''];
  if (own)
    statement.checks.push(`from ${own}, in ${person.name}'s own words: keep it if it matters`);
  if (q.attribution === 'earlier sentence') {
    statement.checks.push(
      `attributed to ${person.name}, named in an earlier sentence: the quote’s own sentence names nobody`,
    );
  }
  builder.relate(statement, 'MADE_BY', person, { evidence: short(q.evidence ?? person.name) });
  if (at.event) builder.relate(statement, 'MADE_AT', at.event);
  const from =
    q.attribution === 'same sentence' && q.speaker.end <= q.start ? q.speaker.end : q.start;
  for (const m of at.mentions) {
    if (m.start < from || m.end > q.end || !SUBJECT_LABELS.has(m.entity.label)) continue;
    builder.relate(statement, 'ABOUT', m.entity, {
      evidence: short(at.text.slice(m.start, m.end)),
    });
  }
}

/** Statements read from a text in someone's own words, by where the words come from. */
const OWN_WORDS: Readonly<Record<string, string>> = {
  'interview answer': 'an interview answer',
  speech: 'the speech',
  transcript: 'the transcript',
};
