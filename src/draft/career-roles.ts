import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import type { Mention, Mentions } from './mentions.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * A portrait's or a tribute's career, told of "she" or "he": "She joined the BICM in 2009", "in
 * 1997 she moved to Stockholm as a research physicist at Karolinska University Hospital", "She sat
 * on the board of the VPH Institute". Each is a role of the person the text named last before the
 * pronoun (within a few paragraphs), at the organisation right after the words.
 */
const CAREER: readonly (readonly [RegExp, ((m: RegExpExecArray) => string | undefined)?])[] = [
  [/\b(?:she|he)\s+(?:later\s+|then\s+|also\s+)?joined\s+(?:the\s+)?(?=\p{Lu})/giu],
  [
    /\b(?:she|he)\s+(?:sat|sits|served|serves|has served)\s+on\s+the\s+(?:\p{Ll}+\s+)?board\s+of\s+(?:the\s+)?(?=\p{Lu})/giu,
    () => 'Board member',
  ],
  [
    /\b(?:she|he)\s+(?:\p{L}+\s+){1,4}?as\s+(?:an?\s+|the\s+)?(\p{Ll}[\p{Ll} -]{2,50}?)\s+(?:at|of)\s+(?:the\s+)?(?=\p{Lu})/gu,
    (m) => (isTitle(m[1]!) ? m[1] : undefined),
  ],
  [/\b(?:she|he)\s+(?:works|worked|has worked|had worked)\s+(?:at|for)\s+(?:the\s+)?(?=\p{Lu})/giu],
];

/** How far back the person a pronoun stands for may have been named. */
const REACH = 1500;

export function careerRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  const out: Affiliation[] = [];
  for (const [re, titleOf] of CAREER) {
    for (const m of text.matchAll(re)) {
      const person = lastPersonBefore(mentions.people, m.index);
      const end = m.index + m[0].length;
      const org = person && mentions.orgAt(tokenAt(tokens, end), { newOnlyIfTyped: true });
      if (!person || !org || org.entity.label !== 'Organisation') continue;
      const title = titleOf?.(m);
      out.push({
        person,
        org,
        ...(title ? { title } : {}),
        evidence: text.slice(m.index, org.end),
      });
    }
  }
  return out;
}

function lastPersonBefore(people: readonly Mention[], at: number): Mention | undefined {
  const before = people.filter((p) => p.end <= at);
  const last = before.at(-1);
  return last && at - last.end <= REACH ? last : undefined;
}
