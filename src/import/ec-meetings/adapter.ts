import type { Judgement } from '../../identity/judgements.js';
import type { KnownEntity } from '../../identity/known-entity.js';
import { resolveNames, type Resolution } from '../../identity/resolve-names.js';
import { suggest } from '../../identity/suggestions.js';
import { organisationKey, personKey } from '../../model/names/normalise.js';
import type { DatasetAdapter, DatasetResolution, Located } from '../pipeline/adapter.js';
import { countEntities, superseded } from '../pipeline/entity-counts.js';
import { NameCollector } from './collect.js';
import { datasetDocument, EC_MEETINGS, type RegisterDocument } from './dataset.js';
import { foldBatch, planMeeting, type MeetingWrite, type Resolved } from './plan-meeting.js';
import { readRegister } from './read-register.js';
import type { MeetingRow } from './row-schema.js';
import { SubjectMatcher } from './subjects.js';

/** The plan's context, with the two resolutions the report shows. */
export interface RegisterContext extends Resolved {
  readonly resolutions: { readonly organisations: Resolution; readonly officials: Resolution };
}

/** The Commission's meetings register as the import pipeline's first adapter. */
export const meetingsAdapter: DatasetAdapter<MeetingRow, RegisterContext, MeetingWrite> = {
  dataset: EC_MEETINGS,
  batchWrite: 'import/merge-meetings.cypher',
  document: datasetDocument,
  read: readRegister,
  resolve: resolveRegister,
  plan: ({ record, doc }, resolved) => planMeeting(record, doc as RegisterDocument, resolved),
  fold: foldBatch,
};

/**
 * Organisations and officials: each spelling tied to an entity (curated by exact key or judgement,
 * else new), close pairs suggested for review; subjects matched to initiatives and topics.
 */
function resolveRegister(
  rows: readonly Located<MeetingRow>[],
  known: readonly KnownEntity[],
  judgements: readonly Judgement[],
): DatasetResolution<RegisterContext> {
  const names = new NameCollector();
  for (const { record, doc } of rows) names.add(record, doc.id);
  const ofLabel = (label: string) => known.filter((k) => k.label === label);
  const orgs = resolveNames(
    names.organisations,
    ofLabel('Organisation'),
    judgements,
    organisationKey,
    'org',
  );
  const people = resolveNames(names.officials, ofLabel('Person'), judgements, personKey, 'person');
  const subjects = new SubjectMatcher(known);
  return {
    groups: [
      {
        label: 'Organisation',
        entities: orgs.entities,
        mentions: names.orgMentions,
        superseded: superseded(orgs, known),
      },
      {
        label: 'Person',
        entities: people.entities,
        mentions: names.officialMentions,
        superseded: superseded(people, known),
      },
    ],
    suggestions: [
      ...suggest('Organisation', orgs.entities, known, judgements, organisationKey, 'register row'),
      ...suggest('Person', people.entities, known, judgements, personKey, 'register row'),
    ],
    conflicts: [...orgs.conflicts, ...people.conflicts],
    counts: { organisations: countEntities(orgs, known), officials: countEntities(people, known) },
    context: {
      organisations: orgs.bySpelling,
      officials: people.bySpelling,
      subjects,
      resolutions: { organisations: orgs, officials: people },
    },
  };
}
