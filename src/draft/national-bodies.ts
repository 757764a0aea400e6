/**
 * "the Ministry of Health" in a release from Lisbon: a government body's generic name is every
 * country's, so a proposed one is named for the text's country ("Portuguese Ministry of Health",
 * `country: Portugal`), the text's name kept as an alias. A name that says its country itself
 * ("Ministry of Health of Latvia", "the Finnish Ministry of …"), has an acronym (a name of its
 * own), or is part of another organisation is left as it is.
 */
import { escapeRegExp } from './regex-escape.js';
import { countryNamed, countryOfDemonym } from './countries.js';
import type { Dateline } from './dateline.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import { sentenceAt, sentences, type Sentence } from './tokens.js';

const EU_SEATS = new Set(['brussels', 'bruxelles', 'brussel', 'luxembourg', 'strasbourg']);

/** "Dr X of the National Institute of Public Health presented Poland's results": another country. */
function otherCountryNear(
  text: string,
  list: readonly Sentence[],
  name: string,
  country: string,
): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const sentence = list[sentenceAt(list, at)]!;
    const around = text.slice(Math.max(sentence.start, at - 200), Math.min(sentence.end, at + 200));
    const named = around.match(/\p{Lu}[\p{L}-]+/gu) ?? [];
    const other = named
      .map((w) => countryNamed(w)?.name ?? countryOfDemonym(w)?.name)
      .find((c) => c !== undefined && c !== country);
    if (other) return true;
  }
  return false;
}

const NATIONAL_BODY =
  /^(?:(?:Federal|State)\s+)?Ministry\s+(?:of|for)\s+[^,()–—]+$|^National\s+(?:Health|Institute|Agency|Authority|Board|Service|Fund|Council)\b[^,()–—]*$/;

const saysItsCountry = (name: string): boolean =>
  name
    .split(/[\s-]+/)
    .some((w) => countryNamed(w) !== undefined || countryOfDemonym(w) !== undefined) ||
  /\bof (?:the )?Republic\b/.test(name);

function isGeneric(builder: DraftBuilder, e: DraftEntity): boolean {
  if (e.known || e.label !== 'Organisation' || e.fields.acronym || e.fields.country) return false;
  if (!NATIONAL_BODY.test(e.name) || saysItsCountry(e.name)) return false;
  return ![...builder.relationships.values()].some((r) => r.type === 'PART_OF' && r.from === e.id);
}

export function qualifyNationalBodies(
  builder: DraftBuilder,
  text: string,
  dateline: Dateline | undefined,
  country: string | undefined,
): void {
  const datelined = country ? countryNamed(country) : undefined;
  // (a release from Brussels, Luxembourg or Strasbourg reports on the Union and its members)
  withOwnCountry(builder);
  const seat = !dateline || EU_SEATS.has(dateline.city.toLowerCase());
  let list: Sentence[] | undefined;
  for (const body of [...builder.entities.values()]) {
    if (!isGeneric(builder, body)) continue;
    list ??= sentences(text);
    const owner = ownerCountry(text, body.name);
    const facts = owner ?? (seat ? undefined : datelined);
    if (!facts || (!owner && otherCountryNear(text, list, body.name, facts.name))) continue;
    const aliases = [...((body.fields.aliases as string[] | undefined) ?? []), body.name];
    const renamed = builder.rename(body, `${facts.demonym} ${body.name}`, {
      ...body.fields,
      country: facts.name,
      aliases,
    });
    const why = owner ? `"${facts.name}'s ${body.name}"` : 'its dateline';
    renamed.checks.push(
      `named for the text's country (${facts.name}, from ${why}): "${body.name}" is every country's`,
    );
  }
}

/** A government body's head words: what "the Dutch …" names a country's own body by. */
const GOVERNMENT_HEAD =
  /\b(?:Ministry|Secretariat|Agency|Authority|Board|Inspectorate|Directorate|Office)\b/;

/**
 * "the Dutch Medicines Evaluation Board", "the Cyprus National eHealth Authority", "the Swiss State Secretariat for Education, Research and
 * Innovation": a government body named with its country's adjective is that country's; the name
 * without the adjective (how its own pages write it) is an alias.
 */
export function withOwnCountry(builder: DraftBuilder): void {
  for (const body of builder.entities.values()) {
    if (body.known || body.label !== 'Organisation' || body.fields.country) continue;
    const [first, ...rest] = body.name.split(' ');
    // ("the Cyprus National eHealth Authority": or the country's own name)
    const country = countryOfDemonym(first!) ?? countryNamed(first!);
    const bare = rest.join(' ');
    if (!country || rest.length < 2 || !/^\p{Lu}/u.test(bare) || !GOVERNMENT_HEAD.test(bare))
      continue;
    const aliases = (body.fields.aliases as string[] | undefined) ?? [];
    body.fields.country = country.name;
    // (a name of its own, a list in it: not "Ministry of Health", "Data Protection Authority",
    // every country's names)
    if (/,/.test(bare)) body.fields.aliases = [...aliases, bare];
  }
}

/** "hosted by Portugal's Ministry of Health": the country the text gives the body. */
function ownerCountry(text: string, name: string): ReturnType<typeof countryNamed> {
  const escaped = escapeRegExp(name);
  const owner = new RegExp(String.raw`(\p{Lu}[\p{L}-]+)['’]s\s+${escaped}`, 'u').exec(text)?.[1];
  return owner ? countryNamed(owner) : undefined;
}
