import { countryNamed } from './countries.js';
import type { DraftBuilder } from './draft-builder.js';
import type { Mentions } from './mentions.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * "EBRAINS Norway, EBRAINS Greece and EBRAINS Czechia", "EIT Health Germany": an organisation's
 * short name (its first word in capitals), then a country's: its national node or branch, a new organisation PART_OF it, in that
 * country. Each place the text writes it is a mention of the node.
 */
export function nationalNodes(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  builder: DraftBuilder,
): void {
  for (const m of [...mentions.all]) {
    // (a network's short name in capitals: "EBRAINS", "EIT Health"; not "European Commission Spain")
    if (m.entity.label !== 'Organisation' || !/^\p{Lu}{3,}\b/u.test(text.slice(m.start, m.end)))
      continue;
    const after = /^ (\p{Lu}[\p{L}-]+)(?![\p{L}'’-]| \p{Lu}| of\b)/u.exec(
      text.slice(m.end, m.end + 40),
    );
    const country = after && countryNamed(after[1]!);
    if (!country || country.name !== after[1]) continue;
    const written = text.slice(m.start, m.end + after[0].length);
    // (a company's branch is a company; a network's or an infrastructure's node, a network)
    const kind = m.entity.fields.kind === 'COMPANY' ? 'COMPANY' : 'NETWORK';
    const node = builder.propose('Organisation', written, { kind, country: country.name });
    if (!node.checks.length) {
      node.checks.push(`new organisation: ${m.entity.name}'s node in ${country.name}`);
      builder.relate(node, 'PART_OF', m.entity, { evidence: written });
    }
    const end = m.end + after[0].length;
    mentions.all.push({
      entity: node,
      first: m.first,
      last: tokenAt(tokens, end),
      start: m.start,
      end,
    });
  }
}
