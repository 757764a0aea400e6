import { short } from './evidence.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { NamedWork } from './documents.js';
import type { Mention } from './mentions.js';
import { DOCUMENT_HEADS } from './vocabulary.js';

/** What a sentence says of the documents it names or refers back to. */

/** "the paper", "this 40-page report": a document noun referring back. */
const DOC_NOUN_BACK = new RegExp(
  String.raw`\b(?:the|this|its|their)\s+(?:[\w-]+\s+)?(?:${[...DOCUMENT_HEADS.keys()].join('|')})\b`,
);

/** "… have already endorsed it": the document named just before. */
const IT_SIGNED = /\b(?:signed|endorsed|backed|supported|adopted|co-signed)\s+it\b/;

/** "The 64-page document", "the text", "the publication": the last document named. */
const GENERIC_BACK = /\b(?:the|this)\s+(?:[\w-]+\s+)?(?:document|text|publication)\b/;

const PRESENT =
  /\b(?:present(?:ed|s|ing)?|unveil(?:ed|s)?|launch(?:ed|es)?|introduc(?:ed|es)|showcas(?:ed|es))\b/i;
const PRODUCE =
  /\b(?:publish(?:ed|es)|releas(?:ed|es)|issu(?:ed|es)|draft(?:ed|s)|prepar(?:ed|es)|produc(?:ed|es)|wr(?:ote|itten)|authored|adopted|launch(?:ed|es)|sign(?:ed|s))\b/i;

/** The works a sentence names or refers back to ("the manifesto", "the report"). */
export function worksIn(
  text: string,
  span: { start: number; end: number },
  works: readonly NamedWork[],
): NamedWork[] {
  const named = works.filter((w) => w.start >= span.start && w.end <= span.end);
  const sentence = text.slice(span.start, span.end).toLowerCase();
  const earlier = works.filter((w) => w.start < span.start);
  const back = [...new Map(earlier.map((w) => [w.head, w])).values()].filter((w) =>
    new RegExp(String.raw`\b(?:the|this|its|their)\s+(?:[\w-]+\s+)?${w.head}\b`).test(sentence),
  );
  const lastDoc = earlier.filter((w) => w.entity.label === 'Document').at(-1);
  const it = IT_SIGNED.test(sentence) && lastDoc && span.start - lastDoc.end < 300;
  // "the paper" for the roadmap named just before: any document noun, when no work has that head
  const noun = !back.length && DOC_NOUN_BACK.test(sentence);
  if (lastDoc && !back.includes(lastDoc) && (GENERIC_BACK.test(sentence) || it || noun))
    back.push(lastDoc);
  return [...named, ...back.filter((w) => !named.includes(w))];
}

/**
 * PRESENTED_AT (presented, unveiled, launched at the event the sentence reports) and PRODUCED_BY
 * (an organisation that published, drafted, launched it, or "by" it), each with its sentence.
 */
export function relateWorks(
  builder: DraftBuilder,
  text: string,
  sentence: { start: number; end: number },
  works: readonly NamedWork[],
  orgs: readonly Mention[],
  event?: { entity: DraftEntity; sentence: { start: number; end: number } },
): void {
  const said = text.slice(sentence.start, sentence.end);
  // (cut at a word: a span that ends inside one is not the text's)
  const evidence = short(said, 400);
  for (const w of works) {
    if (event && PRESENT.test(said) && sameOrUndated(sentence, event.sentence, said))
      builder.relate(w.entity, 'PRESENTED_AT', event.entity, { evidence });
    const verb = PRODUCE.exec(said);
    // (not "commissioned by", "audited by": who paid for it or checked it did not produce it)
    const by = /(?<!\b(?:commissioned|audited|funded|reviewed|requested)\s)\bby\s+(?:the\s+)?$/;
    for (const o of orgs) {
      const before = verb && o.end <= sentence.start + verb.index;
      const subject =
        before &&
        /^\s*(?:\([^)]{1,20}\)\s*)?(?:\w+ly\s+|today\s+|yesterday\s+|has\s+|have\s+|had\s+)*$/i.test(
          text.slice(o.end, sentence.start + verb.index),
        );
      const after = o.start > w.end && by.test(text.slice(w.end, o.start).slice(-40));
      if (subject || after) builder.relate(w.entity, 'PRODUCED_BY', o.entity, { evidence });
    }
  }
}

const sameOrUndated = (
  s: { start: number; end: number },
  e: { start: number; end: number },
  said: string,
): boolean => (s.start === e.start && s.end === e.end) || !/\b\d{4}\b/.test(said);
