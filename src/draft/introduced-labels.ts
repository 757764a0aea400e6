/** What a name the text introduces is: an organisation, a project, an initiative, a document. */
import type { Label } from '../model/labels.js';
import { orgKindOf } from './org-kind.js';
import { foldedWords } from './tokens.js';
import { DOCUMENT_HEADS, INITIATIVE_HEADS, ORG_HEADS } from './vocabulary.js';

/** "(EHAVN) is a Commission initiative": what the text says it is. */
const IS_A =
  /^\s*(?:,\s*|(?:is|was|has been)\s+)(?:a|an|the)\s+(?:[\p{L}\p{N}€.,-]+\s+){0,4}?(initiative|programme|program|strategy|project|plan|partnership|mission|network|agency|association|company)\b/iu;

/** ", a four-year Horizon Europe project": the text says what the name is. */
export const saysWhatItIs = (after: string): boolean => IS_A.test(after);

/** "… projects …, among them TWINCARE-EU (…)", "X (…), coordinated by VITO": one of the projects. */
const PROJECT_AROUND =
  /\b(?:projects|consortia)\b[^.;:]{0,100}\b(?:among them|including|such as|like|e\.g\.,?)\s*$/i;
const COORDINATED_AFTER = /^\s*,?\s*(?:coordinated|led)\s+by\b/;

const FUNDING_WORDS =
  /^(?:recovery|resilience|connecting|peace|financing|investment|loan|guarantee|equity)$/;

export function labelOf(name: string, after: string, before = ''): { label: Label; kind?: string } {
  const found = labelFromName(name, after);
  // (a name with no organisation's word, where the sentence speaks of projects)
  const guessed = found.label === 'Organisation' && orgKindOf(name).guessed;
  return guessed && (PROJECT_AROUND.test(before) || COORDINATED_AFTER.test(after))
    ? { label: 'Project' }
    : found;
}

function labelFromName(name: string, after: string): { label: Label; kind?: string } {
  const w = foldedWords(name);
  const head = w.at(-1)!;
  const said = IS_A.exec(after)?.[1]?.toLowerCase();
  if (said === 'project') return { label: 'Project' };
  if (said && INITIATIVE_HEADS.has(said))
    return { label: 'Initiative', kind: INITIATIVE_HEADS.get(said)! };
  if (/^\s*project\b/i.test(after) || w.includes('project')) return { label: 'Project' };
  // ("Committee on the European Health Data Space": a body's head opens the name, its subject after)
  if (ORG_HEADS.has(w[0]!) && /^(?:on|of|for)$/.test(w[1] ?? ''))
    return { label: 'Organisation', kind: orgKindOf(name).kind };
  if (DOCUMENT_HEADS.has(head)) return { label: 'Document', kind: DOCUMENT_HEADS.get(head)! };
  if (INITIATIVE_HEADS.has(head)) return { label: 'Initiative', kind: INITIATIVE_HEADS.get(head)! };
  // "European Health AI Accelerator (EHAA)": the EU's accelerators and facilities are initiatives
  if (/^(?:european|eu)$/.test(w[0]!) && /^(?:accelerator|facility)$/.test(head))
    return { label: 'Initiative', kind: 'INITIATIVE' };
  // "Recovery and Resilience Facility (RRF)", "Connecting Europe Facility": a funding programme
  if (head === 'facility' && w.some((x) => FUNDING_WORDS.test(x)))
    return { label: 'Initiative', kind: 'PROGRAMME' };
  return { label: 'Organisation', kind: orgKindOf(name).kind };
}
