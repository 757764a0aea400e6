/**
 * A proposed EU act named by what it proposes: "the proposal for a Council Recommendation on
 * virtual human twins in health and care that the Commission adopted yesterday", "Proposal for a
 * regulation on in silico evidence, COM(2025) 904". The Commission titles its proposals so; the
 * name runs from "Proposal" through the act's subject to the clause's end, capitalised.
 */
import type { SmallLetterWork } from './small-letter-documents.js';

/** Who adopts the act and its kind: "Council Recommendation", "Regulation of the European Parliament and of the Council". */
const ACT = String.raw`(?:(?:Council|Commission|European\s+Parliament\s+and\s+(?:of\s+the\s+)?Council)\s+)?(?:regulation|directive|decision|recommendation|implementing\s+regulation|delegated\s+regulation)(?:\s+of\s+the\s+European\s+Parliament\s+and\s+of\s+the\s+Council)?`;

/** The subject's words, then where the clause goes on ("that the Commission adopted", ", COM(…)"). */
const PROPOSED = new RegExp(
  String.raw`\b[Pp]roposal\s+for\s+an?\s+(${ACT})\s+(?:on|for|establishing|laying\s+down|amending|concerning)\s+(?:the\s+)?[\p{L}\p{N}'’ -]{3,120}?(?=\s+(?:that|which|who|adopted|presented|published|tabled|put\s+forward|unveiled|released|issued|was|is|will|has|had|by|last|this|next|yesterday|today|earlier|before|after|until|and\s+(?:the|a|its|calls|asks|invites|urges))\b|\s*[.,;:()\n"“”]|\s+[–—]\s|$)`,
  'giu',
);

export function proposedActs(text: string): SmallLetterWork[] {
  return [...text.matchAll(PROPOSED)].map((m) => ({
    name: `P${m[0].slice(1)}`.replace(/\s+/g, ' '),
    kind: 'LEGAL_ACT',
    head: 'proposal',
    start: m.index,
  }));
}
