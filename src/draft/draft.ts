import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { isoDate, url as urlField } from '../model/fields.js';
import { isCalendarDate } from '../model/names/calendar.js';
import { findAffiliations } from './affiliations.js';
import type { Article } from './article.js';
import { dropAffiliationUnits } from './affiliation-units.js';
import { assemble, sourceIdOf } from './assemble.js';
import { withCapitals } from './caseless-text.js';
import { listedOrgs } from './listed-orgs.js';
import { tierLists } from './tier-lists.js';
import { DraftBuilder } from './draft-builder.js';
import { findDateline } from './dateline.js';
import { findPageDate } from './page-date.js';
import { issueMonthDay } from './issue-month.js';
import { countsOf, type DraftCounts } from './draft-counts.js';
import { mastheadName, mastheadOrg, withoutPiecesOf } from './masthead.js';
import { publisherMention } from './press-contacts.js';
import { withoutNumberedPrefixes } from './numbered-prefixes.js';
import { qualifyUnits } from './qualified-units.js';
import { qualifyNationalBodies } from './national-bodies.js';
import { textCountry } from './text-country.js';
import {
  notTheSource,
  numberedUnderTitle,
  withKnownDocuments,
  withoutNamesInTitles,
} from './document-titles.js';
import { findWorks } from './documents.js';
import { findEvents } from './event.js';
import { withVotes } from './vote-counts.js';
import { knownEvents } from './known-events.js';
import type { Gazetteer, KnownEntity } from './gazetteer.js';
import { findIntroduced } from './introduced.js';
import { withIntroduced } from './with-introduced.js';
import { findMentions, type Mention } from './mentions.js';
import type { PersonFinder } from './people.js';
import { findPercentages } from './percentages.js';
import { findQuantities } from './quantities.js';
import { isSpeechTitle } from './own-words.js';
import { allQuotes } from './all-quotes.js';
import { politicalGroups } from './political-groups.js';
import { renderDraft } from './render-yaml.js';
import { checked, headerLines, leadOf, schemaPathFrom, sourceBlock } from './source-block.js';
import { findSpeech } from './speech.js';
import { sentences, tokenAt, tokenize } from './tokens.js';

export interface DraftOptions {
  readonly url?: string;
  readonly publisher?: string;
  /** The article's date (YYYY-MM-DD): `published`, and the day relative dates are read from. */
  readonly date?: string;
  readonly finder?: PersonFinder;
}

export interface DraftContext {
  readonly gazetteer: Gazetteer;
  /** What the draft was made against: "the graph at …" or "the seed files (no graph: …)". */
  readonly against: string;
  /** Where the draft will be written (its folder decides `text:` and the schema path). */
  readonly outPath: string;
  readonly schemaFile: string;
  /** The graph's event on a day, if it has one (none offline). */
  readonly eventOn?: (date: string, city?: string) => Promise<KnownEntity | undefined>;
  /** The graph's document at an address, if it has one (none offline). */
  readonly documentAt?: (url: string) => Promise<{ id: string; name: string } | undefined>;
}

export interface Draft {
  readonly yaml: string;
  readonly counts: DraftCounts;
}

export async function draftArticle(
  article: Article,
  options: DraftOptions,
  ctx: DraftContext,
): Promise<Draft> {
  // a speech titled only in the header ("source: Speech by X, …"): its title names the speaker
  const headerOnly = article.header.get('source');
  // (an auto-caption's small letters get the capitals names are read by; offsets stay)
  const text = withCapitals(
    isSpeechTitle(headerOnly) && !article.body.includes(headerOnly!)
      ? `${headerOnly}\n\n${article.body}`
      : article.body,
    ctx.gazetteer,
  );
  const dateline = findDateline(text);
  const published = checked(
    options.date ??
      article.header.get('date') ??
      article.header.get('published') ??
      dateline?.date ??
      findPageDate(text),
    isoDate.refine(isCalendarDate),
    'date',
  );
  // (a newsletter's "February 2026": its month, for the year of a day it names)
  const reference = published ?? issueMonthDay(text);
  const url = checked(options.url ?? article.header.get('url'), urlField, 'url');
  const tokens = tokenize(text);
  const list = sentences(text);
  const builder = new DraftBuilder(ctx.gazetteer.ids);
  const gazetteer = withIntroduced(
    ctx.gazetteer,
    [...findIntroduced(text, tokens), ...politicalGroups(text)],
    builder,
  );
  // (the masthead's body first: "Embassy of … in Athens" is the one the address line names)
  const publisherOrg = mastheadOrg(article.masthead, gazetteer, builder);
  const mentions = findMentions(text, tokens, gazetteer, builder, options.finder ?? 'patterns');
  if (!mentions.all.length && !/[“"]/.test(text)) {
    throw new AppError(
      ErrorCode.DRAFT_INPUT_INVALID,
      `${article.file}:1:1 no names found (no known entity, no person, no quote): nothing to draft`,
      {
        hint: 'draft reads English prose that names people and organisations; is this the right file?',
      },
    );
  }
  // (a wire's agency, "(Eurowire)" in its dateline, is an organisation: the page's publisher)
  if (dateline?.agency)
    mentions.orgAt(tokenAt(tokens, dateline.agency.start), {
      untypedIfEndingAt: dateline.agency.start + dateline.agency.name.length,
    });
  withoutPiecesOf(builder, text, publisherOrg);
  const ownTitle = article.title ?? article.header.get('source');
  // (a topic's words may be part of a title: "the National Health Data Strategy 2026–2030")
  const named = mentions.all.filter((m) => m.entity.label !== 'Topic');
  const found = findWorks(text, tokens, coveredBy(named), builder);
  const works = withKnownDocuments(
    withoutNumberedPrefixes(
      numberedUnderTitle(
        text,
        notTheSource(found, ownTitle, builder, article.site, text),
        ownTitle,
        builder,
      ),
      builder,
    ),
    gazetteer,
    builder,
  );
  // ("our white paper, From Model to Bedside: Clinical Validation of …": no one in a title)
  withoutNamesInTitles(mentions.people, works, builder, text);
  withoutNamesInTitles(mentions.all, works, builder, text);
  const publisher = publisherMention(text, tokens, mentions.all, article.masthead, publisherOrg);
  const affiliations = findAffiliations(text, tokens, mentions, builder, gazetteer, publisher);
  listedOrgs(text, tokens, mentions, gazetteer);
  tierLists(text, tokens, mentions, gazetteer);
  const [event, ...moreEvents] = findEvents(text, list, mentions.all, gazetteer, {
    ...(reference ? { reference: localDay(reference) } : {}),
    ...(dateline ? { dateline } : {}),
    ...(ownTitle ? { title: ownTitle } : {}),
  });
  const [knownEvent, ...knownMore] = await knownEvents([event, ...moreEvents], ctx.eventOn);

  // the header names the source as the curator gave it; else the body's title line
  const title =
    article.header.get('source') ?? article.title ?? leadOf(text, dateline) ?? article.file;
  const loaded = url && ctx.documentAt ? await ctx.documentAt(url) : undefined;
  const sourceId =
    loaded?.id ?? sourceIdOf(title, published ?? event?.date, (id) => builder.entities.has(id));
  const source = builder.known(
    { id: sourceId, label: 'Document', name: title, aliases: [] },
    title,
  );
  const speech = findSpeech(text, list, mentions.people);
  const quotes = allQuotes(text, list, mentions.people, {
    works,
    affiliations,
    publisher,
    ownTitle,
    speechTitle: isSpeechTitle(headerOnly) ? headerOnly : ownTitle,
  });
  assemble(builder, {
    sentences: list,
    works,
    quantities: withVotes([...findQuantities(text), ...findPercentages(text)], text),
    mentions: mentions.all,
    text,
    source,
    affiliations,
    event,
    moreEvents,
    knownEvent,
    knownMore,
    speech,
    quotes,
    published,
    title: ownTitle,
  });
  qualifyUnits(builder);
  dropAffiliationUnits(text, builder);
  qualifyNationalBodies(builder, text, dateline, textCountry(dateline, ctx.gazetteer));
  const yaml = renderDraft({
    builder,
    sourceId,
    source: sourceBlock(article, ctx.outPath, {
      id: sourceId,
      title,
      url,
      published,
      publisher:
        options.publisher ??
        article.header.get('publisher') ??
        mastheadName(article.masthead) ??
        article.site ??
        dateline?.agency?.name,
    }),
    schemaPath: schemaPathFrom(ctx.outPath, ctx.schemaFile),
    header: headerLines(article, ctx.against, { url, loaded }),
  });
  return { yaml, counts: countsOf(builder) };
}

/** Token indexes inside the mentions found so far. */
const coveredBy = (mentions: readonly Mention[]): Set<number> =>
  new Set(mentions.flatMap((m) => Array.from({ length: m.last - m.first }, (_, k) => m.first + k)));

/** Midnight of a YYYY-MM-DD day, local time (how chrono reads "today"). */
const localDay = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
