/**
 * A standards body's technical committee named by its code: "CEN/TC 251", "ISO/TC 215", "ISO/IEC
 * JTC 1", "CEN/CLC/JTC 21 'Artificial Intelligence'" (its title in quotes), "CEN/TC 251/WG 1". The code is the committee's name; it is an organisation (a network of
 * the national bodies' delegates), whatever the sentence around it.
 */
import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mention.js';
import { foldedWords, freeSpan, type Token } from './tokens.js';

const BODY = String.raw`(?:CEN|CENELEC|ISO|IEC|ETSI|ITU-T|IEEE|HL7|DIN|NEN|BSI|AFNOR|UNI|CEN-CENELEC)`;
const COMMITTEE = new RegExp(
  String.raw`\b${BODY}(?:\/(?:IEC|CENELEC|CLC|ISO))*[ \t]*\/?[ \t]*(?:TC|JTC|SC|PC|JWG)[ \t]+\d{1,4}(?:\/(?:SC|WG|TG|AHG)[ \t]+\d{1,3})*\b(?:[ \t]+['‘"“]([\p{Lu}][^'’"”\n]{2,60})['’"”])?`,
  'gu',
);

export interface CommitteeCode {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** The committees' codes in a text; a known body's acronym inside one ("CEN") is the code's. */
export const committeeCodes = (text: string): CommitteeCode[] =>
  [...text.matchAll(COMMITTEE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    // (its title in quotes after it: "CEN/CLC/JTC 21 'Artificial Intelligence'")
    name: m[0].replace(/['‘"“’”]/g, '').replace(/[ \t]+/g, ' '),
  }));

export function standardsCommittees(
  codes: readonly CommitteeCode[],
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (const { start, end, name } of codes) {
    const span = freeSpan(tokens, start, end, covered);
    if (!span) continue;
    const { first, last } = span;
    const known = gaz.byName.get(foldedWords(name).join(' '))?.find((e) => e.label !== 'Person');
    const entity = known
      ? builder.refer(known, name)
      : builder.propose('Organisation', name, { kind: 'NETWORK' });
    if (!entity.known && !entity.checks.length)
      entity.checks.push('new organisation (a standards committee named by its code)');
    for (let t = first; t < last; t++) covered.add(t);
    out.push({ entity, first, last, start, end });
  }
  return out;
}
