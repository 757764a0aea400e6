import type { Affiliation } from './affiliations.js';
import { tokenAt } from './tokens.js';
import type { Mention, Mentions } from './mentions.js';
import type { Token } from './tokens.js';
import { REPORTING_VERBS } from './vocabulary.js';

/**
 * "X is professor at Y and coordinates CARDIOTWIN", "said X, …, who will coordinate PULSAR":
 * a project the person's own sentence says they coordinate or lead, besides their job.
 */
const VERB =
  /(?:^|,\s+|\s)(?:and\s+|who\s+(?:will\s+|now\s+|also\s+)?|(?:will|also|now)\s+)?(coordinates|coordinate|co-ordinates|leads|lead|heads)\s+(?:the\s+)?(?=\p{Lu})/u;

const TITLE: Record<string, string> = { lead: 'Leader', leads: 'Leader', heads: 'Head' };

export function projectRole(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  mentions: Mentions,
): Affiliation | undefined {
  const rest = text.slice(p.end, p.end + 240).split(/[.;!?]\s|\n/)[0]!;
  const m = VERB.exec(rest);
  if (!m) return undefined;
  // another subject in between ("X said Kardiotech coordinates Y", "X and Anna, who leads …")
  const gap = rest.slice(0, m.index);
  const words = gap.toLowerCase().split(/[^\p{L}]+/u);
  if (words.some((w) => w === 'that' || REPORTING_VERBS.has(w))) return undefined;
  if (mentions.people.some((o) => o.start > p.end && o.start < p.end + m.index)) return undefined;
  // a project already named (known, or introduced): looked up, never proposed here
  const at = tokenAt(tokens, p.end + m.index + m[0].length);
  const org = mentions.all.find((o) => o.first === at && o.entity.label === 'Project');
  if (!org) return undefined;
  const verb = m[1]!.toLowerCase();
  return {
    person: p,
    org,
    title: TITLE[verb] ?? 'Coordinator',
    evidence: text.slice(p.start, org.end),
  };
}
