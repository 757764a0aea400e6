/**
 * A proposed EU act named by what it proposes: "the proposal for a Council Recommendation on
 * virtual human twins in health and care that the Commission adopted yesterday", "Proposal for a
 * regulation on in silico evidence, COM(2025) 904". The Commission titles its proposals so; the
 * name runs from "Proposal" through the act's subject to the clause's end, capitalised.
 */
import type { SmallLetterWork } from './small-letter-documents.js';

/** Who adopts the act and its kind: "Council Recommendation", "Regulation of the European Parliament and of the Council". */
const ACT = String.raw`(?:(?:Council|Commission|European\s+Parliament\s+and\s+(?:of\s+the\s+)?Council)\s+)?(?:[Rr]egulation|[Dd]irective|[Dd]ecision|[Rr]ecommendation|[Ii]mplementing\s+[Rr]egulation|[Dd]elegated\s+[Rr]egulation)(?:\s+of\s+the\s+European\s+Parliament\s+and\s+of\s+the\s+Council)?`;

/** The subject's words, then where the clause goes on ("that the Commission adopted", ", COM(…)"). */
const PROPOSED = new RegExp(
  String.raw`\b[Pp]roposal\s+for\s+an?\s+(${ACT})\s+(?:on|for|establishing|laying\s+down|amending|concerning)\s+(?!this\b|that\b|these\b|those\b|the\s+date\b)(?:the\s+)?[\p{L}\p{N}'’ -]{3,120}?(?=\s+(?:that|which|who|adopted|presented|published|tabled|put\s+forward|unveiled|released|issued|was|is|will|would|could|should|must|may|might|can|has|had|by|from|to|according|last|this|next|yesterday|today|earlier|before|after|until|in\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)|and\s+(?:the|a|its|calls|asks|invites|urges|to))\b|\s*[.,;:()\n"“”]|\s+[–—]\s|$)`,
  'gu',
);

/** Capitalised kinds or an EU adopter ("Council Recommendation"); else the Commission named just before. */
const EU_ACT = /\b(?:Council|Commission|Parliament|Regulation|Directive|Decision|Recommendation)\b/;

export function proposedActs(text: string): SmallLetterWork[] {
  const eu = (m: RegExpMatchArray) =>
    EU_ACT.test(m[1]!) || /\bCommission\b/.test(text.slice(Math.max(0, m.index! - 60), m.index));
  // (not "any proposal for a regulation …": one that may come, no act)
  const hypothetical = (m: RegExpMatchArray) =>
    /\b(?:any|a\s+new|no|possible|future)\s+$/i.test(
      text.slice(Math.max(0, m.index! - 14), m.index),
    );
  return [...text.matchAll(PROPOSED)]
    .filter((m) => eu(m) && !hypothetical(m))
    .map((m) => ({
      name: `P${m[0].slice(1)}`.replace(/\s+/g, ' '),
      kind: 'LEGAL_ACT',
      head: 'proposal',
      start: m.index,
    }));
}
