import type { Label } from '../model/labels.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Mention } from './mentions.js';
import { foldedWords, type Token } from './tokens.js';
import { DOCUMENT_HEADS, INITIATIVE_HEADS, ORG_CONNECTORS, STOP_WORDS } from './vocabulary.js';

/** A document (or a policy the text names as a work: "… Strategy") the text names. */
export interface NamedWork {
  readonly entity: DraftEntity;
  readonly start: number;
  readonly end: number;
  /** The head word, lower case: "manifesto", "roadmap" (what "the manifesto" refers back to). */
  readonly head: string;
}

const NOUNS = [...DOCUMENT_HEADS.keys(), 'policy brief', 'white paper'].sort(
  (a, b) => b.length - a.length,
);
/** "a report entitled “X”", "the policy brief ‘X’": a quoted title after a document noun. */
const TITLED = new RegExp(
  String.raw`\b(${NOUNS.join('|')})\s+(?:(?:launch|presentation|release)\s*[–—:-]\s*|,\s*|(?:entitled|titled|called|named)\s+)?[“"‘]([^“”"’]{4,160})[”"’]`,
  'giu',
);
/** "policy brief Auditable AI in the Hospital": a capitalised title right after the noun. */
const CAPPED_AFTER = new RegExp(
  String.raw`\b(${NOUNS.join('|')}) ((?:\p{Lu}[\p{L}\p{N}'’-]*)(?:(?: (?:of|for|in|on|and|the|to|a|with))* \p{Lu}[\p{L}\p{N}'’-]*)+)`,
  'gu',
);
/** A list item "- Validating AI in Clinical Practice – policy brief (December 2025)". */
const LISTED = new RegExp(
  String.raw`^[-*•]\s+([^\n–—]{4,160}?)\s+[–—-]\s+(${NOUNS.join('|')})\b`,
  'gimu',
);
/** A list item: a title when it has a document word ("- Commission Decision C(2026) 412 …"). */
const BULLET = /^[-*•]\s+([^\n]{6,200})$/gmu;
/** After a title's head: "on Cardiac Digital Twins", "for Patient-Controlled Twins", "2026–2030". */
const TAIL =
  /^(?:\s(?:on|for|of|in|to)(?:\s(?:the|a))?(?:\s\p{Lu}[\p{L}\p{N}'’-]*(?:\s(?:and|of|for|in|the))*)+)?(?:\s\d{4}(?:[–-]\d{2,4})?)?/u;

/**
 * Named documents: capitalised titles ending in a document word ("European Twin Readiness
 * Manifesto", "Leuven Declaration on Cardiac Digital Twins"), quoted or capitalised titles after
 * one ("the report “Twins for All”", "policy brief Auditable AI in the Hospital"), list items
 * ("- Title – policy brief"); and initiatives named the same way ("… Strategy", "… Act") when the
 * graph does not know them.
 */
export function findWorks(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  builder: DraftBuilder,
): NamedWork[] {
  const out: NamedWork[] = [];
  const inside = (at: number) => out.some((w) => w.start <= at && at < w.end);
  for (const re of [TITLED, CAPPED_AFTER, LISTED]) {
    for (const m of text.matchAll(re)) {
      const [noun, title] = re === LISTED ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      const start = m.index + m[0].indexOf(title);
      if (inside(start)) continue;
      const head = noun.toLowerCase().split(' ').at(-1)!;
      const kind = DOCUMENT_HEADS.get(head) ?? 'POLICY_BRIEF';
      out.push(work(builder, 'Document', title.trim().replace(/[.,;:]$/, ''), kind, head, start));
    }
  }
  for (const t of quotedTitles(text)) {
    if (inside(t.start)) continue;
    out.push(work(builder, 'Document', t.title, DOCUMENT_HEADS.get(t.head)!, t.head, t.start));
  }
  for (const item of text.matchAll(BULLET)) {
    const line = item[1]!
      .replace(/\s+\([^)]*\)$/, '')
      .replace(/\s+[–—]\s.*$/, '')
      .trim();
    const head = foldedWords(line).find((w) => DOCUMENT_HEADS.has(w));
    const start = item.index + item[0].indexOf(line);
    if (!head || inside(start) || !/\p{Lu}/u.test(line[0] ?? '')) continue;
    out.push(work(builder, 'Document', line, DOCUMENT_HEADS.get(head)!, head, start));
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const workProgramme = t.fold === 'programme' && tokens[i - 1]?.fold === 'work';
    const docKind = workProgramme ? 'ROADMAP' : DOCUMENT_HEADS.get(t.fold);
    const initiativeKind = INITIATIVE_HEADS.get(t.fold);
    if (!t.cap || (covered.has(i) && !docKind) || (!docKind && !initiativeKind)) continue;
    if (inside(t.start)) continue;
    const first = titleStart(text, tokens, i);
    const tail = TAIL.exec(text.slice(t.end, t.end + 120))![0];
    if (first === i && !tail) continue; // "Manifesto" alone: a heading word, not a title
    if (!docKind && [...Array(i - first + 1).keys()].some((k) => covered.has(first + k))) continue;
    const start = tokens[first]!.start;
    const name = text.slice(start, t.end + tail.length);
    const signed = initiativeKind === 'CALL' && SIGNED.test(sentenceAround(text, t.start));
    const label: Label = docKind || signed ? 'Document' : 'Initiative';
    const kind = signed ? 'MANIFESTO' : (docKind ?? initiativeKind)!;
    out.push(work(builder, label, name, kind, t.fold, start));
  }
  return merged(out, builder).sort((a, b) => a.start - b.start);
}

/** A call that is signed or presented is a text (a call to act), not a call for proposals. */
const SIGNED = /\b(?:sign(?:ed|s|ing|atories)|present(?:ed|s)|drafted|endorsed|published)\b/i;

const sentenceAround = (text: string, at: number): string => {
  const from = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const to = text.slice(at).search(/\.\s|\n/);
  return text.slice(from, to < 0 ? text.length : at + to);
};

/** Words a title keeps in lower case: "… under the European Health Data Space". */
const TITLE_LOWER =
  /^(?:under|with|from|into|over|about|between|through|without|within|across|after|before|towards|beyond|versus|during|against)$/;

/** A quoted title: Title Case (every word of four letters or more capitalised), 3 words or more. */
const QUOTED_TITLE = /[“"]([^“”"\n]{8,200}?)[”"]/gu;
const isTitleCase = (s: string): boolean => {
  const words = s.split(/\s+/);
  return (
    words.length >= 3 &&
    !/[.!?,]$/.test(s) &&
    words.every((w) => w.length < 4 || TITLE_LOWER.test(w) || /^[\p{Lu}\p{N}“"‘(]/u.test(w))
  );
};

/**
 * "the 84-page “Trust by Design: …”. The report, …": a quoted title in Title Case is a document
 * when a document noun is in its sentence or the next one; the noun gives its kind.
 */
function quotedTitles(text: string): { title: string; head: string; start: number }[] {
  const out: { title: string; head: string; start: number }[] = [];
  for (const m of text.matchAll(QUOTED_TITLE)) {
    const title = m[1]!.trim();
    if (!isTitleCase(title)) continue;
    const after = text.slice(m.index + m[0].length).search(/[.!?]\s|\n/);
    const next = after < 0 ? '' : sentenceAround(text, m.index + m[0].length + after + 2);
    const near = `${sentenceAround(text, m.index)} ${next}`;
    const noun = foldedWords(near).find((w) => DOCUMENT_HEADS.has(w) && w !== 'statement');
    if (noun) out.push({ title, head: noun, start: m.index + m[0].indexOf(title) });
  }
  return out;
}

/** "ONCOTWIN Newsletter" in "ONCOTWIN Newsletter – Issue 5": the article itself, not a new document. */
export function notTheSource(
  works: NamedWork[],
  title: string | undefined,
  builder: DraftBuilder,
): NamedWork[] {
  const own = title?.toLowerCase();
  if (!own) return works;
  const itself = (w: NamedWork) => own.startsWith(w.entity.name.toLowerCase());
  for (const w of works) if (itself(w)) builder.drop(w.entity);
  return works.filter((w) => !itself(w));
}

/** "Hospital Data Readiness for …" inside a document's title is no organisation: dropped. */
export function withoutNamesInTitles(
  mentions: Mention[],
  works: readonly NamedWork[],
  builder: DraftBuilder,
): void {
  const inTitle = (m: Mention) =>
    !m.entity.known &&
    m.entity.label === 'Organisation' &&
    works.some((w) => w.start <= m.start && m.end <= w.end);
  const dropped = mentions.filter(inTitle);
  for (let k = mentions.length - 1; k >= 0; k--) if (inTitle(mentions[k]!)) mentions.splice(k, 1);
  for (const m of dropped) if (!mentions.some((o) => o.entity === m.entity)) builder.drop(m.entity);
}

/** "Leuven Declaration" in a heading and "Leuven Declaration on Cardiac Digital Twins": one. */
function merged(works: NamedWork[], builder: DraftBuilder): NamedWork[] {
  return works.map((w) => {
    const longer = works.find(
      (o) =>
        o.entity !== w.entity &&
        o.entity.label === w.entity.label &&
        o.entity.name.startsWith(`${w.entity.name} `),
    );
    if (!longer) return w;
    builder.drop(w.entity);
    return { ...w, entity: longer.entity };
  });
}

function work(
  builder: DraftBuilder,
  label: Label,
  name: string,
  kind: string,
  head: string,
  start: number,
): NamedWork {
  const entity = builder.propose(label, name, { kind });
  if (!entity.checks.length) entity.checks.push(`new ${label.toLowerCase()} named in the text`);
  return { entity, start, end: start + name.length, head };
}

/** The first word of the capitalised title that ends at token `i` (connectors allowed inside). */
function titleStart(text: string, tokens: readonly Token[], i: number): number {
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const t = tokens[k]!;
    if (!/^(?: |-|–|: )$/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    if (t.cap && !STOP_WORDS.has(t.fold)) first = k;
    else if (!ORG_CONNECTORS.has(t.raw) || t.raw === 'and') break;
  }
  return first;
}

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
  const evidence = said.length <= 400 ? said : said.slice(0, 400);
  for (const w of works) {
    if (event && PRESENT.test(said) && sameOrUndated(sentence, event.sentence, said))
      builder.relate(w.entity, 'PRESENTED_AT', event.entity, { evidence });
    const verb = PRODUCE.exec(said);
    const by = /\bby\s+(?:the\s+)?$/;
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
