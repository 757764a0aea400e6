import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { namedOrg, orgMention } from './named-org.js';
import { freeSpan, type Token } from './tokens.js';

/**
 * The EU's bodies and agencies a text names by their initials alone: "regulators, meaning EMA",
 * "the EMA notification", "the CHMP's opinion". Their full names are public and fixed, so this list
 * gives them (each a new organisation, unless the graph knows the body already). Initials that name
 * other things too ("FRA", "ECA", "EEA"; "ERC", the Resuscitation Council; "EIT", a tomography) are
 * left out, and so are initials that open a longer name
 * ("EIC Fund", "EIT Health").
 */
const BODIES: Readonly<Record<string, readonly [name: string, kind: string]>> = {
  EMA: ['European Medicines Agency', 'AGENCY'],
  CHMP: ['Committee for Medicinal Products for Human Use', 'UNIT'],
  ECDC: ['European Centre for Disease Prevention and Control', 'AGENCY'],
  EFSA: ['European Food Safety Authority', 'AGENCY'],
  ECHA: ['European Chemicals Agency', 'AGENCY'],
  ENISA: ['European Union Agency for Cybersecurity', 'AGENCY'],
  EISMEA: ['European Innovation Council and SMEs Executive Agency', 'AGENCY'],
  ERCEA: ['European Research Council Executive Agency', 'AGENCY'],
  JRC: ['Joint Research Centre', 'DIRECTORATE_GENERAL'],
  HERA: ['Health Emergency Preparedness and Response Authority', 'DIRECTORATE_GENERAL'],
  EIC: ['European Innovation Council', 'INSTITUTION'],
  EDPS: ['European Data Protection Supervisor', 'INSTITUTION'],
  EDPB: ['European Data Protection Board', 'INSTITUTION'],
  EESC: ['European Economic and Social Committee', 'INSTITUTION'],
  EIB: ['European Investment Bank', 'INSTITUTION'],
  EUIPO: ['European Union Intellectual Property Office', 'AGENCY'],
};

const INITIALS = new RegExp(
  String.raw`(?<![\p{L}\p{N}&/-])(?:${Object.keys(BODIES).join('|')})(?![\p{L}\p{N}&/-]|[ \t]+\p{Lu})`,
  'gu',
);

/** The bodies the text names by their initials, each known (by its full name) or new. */
export function euBodyMentions(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(INITIALS)) {
    const [acronym, start] = [m[0], m.index];
    const span = freeSpan(tokens, start, start + acronym.length, covered);
    if (!span) continue;
    const [name, kind] = BODIES[acronym]!;
    const why = `new organisation: ${acronym}, an EU body by its initials`;
    const entity = namedOrg(gaz, builder, name, why, acronym, { kind, acronym });
    out.push(orgMention(entity, span, start, start + acronym.length, covered));
  }
  return out;
}
