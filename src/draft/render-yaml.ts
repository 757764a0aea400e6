import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DraftBuilder, DraftEntity, DraftRelationship } from './draft-builder.js';

export interface RenderInput {
  readonly builder: DraftBuilder;
  readonly source: Record<string, unknown>;
  readonly sourceId: string;
  /** Path of seed/schema.json relative to the draft's folder. */
  readonly schemaPath: string;
  /** Lines for the top of the file: where the draft came from, what to do next. */
  readonly header: readonly string[];
}

/** The draft as a seed file: source, proposed entities, relationships, mentions, with `# check:` comments. */
export function renderDraft(input: RenderInput): string {
  const { builder } = input;
  const proposed = [...builder.entities.values()].filter((e) => !e.known);
  const relationships = [...builder.relationships.values()];
  const used = new Set(relationships.flatMap((r) => [r.from, r.to]));
  const mentions = [...builder.entities.values()]
    .filter((e) => e.known && e.id !== input.sourceId)
    .flatMap((e) => mentionEntries(e, used.has(e.id)));
  const doc = new Document({
    source: input.source,
    entities: proposed.map((e) => ({ id: e.id, name: e.name, ...e.fields })),
    relationships: relationships.map((r) => ({ from: r.from, type: r.type, to: r.to, ...r.props })),
    ...(mentions.length ? { mentions: mentions.map((m) => m.entry) } : {}),
  });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${input.schemaPath}`,
    ...input.header.map((l) => ` ${l}`),
  ].join('\n');
  commentItems(
    doc.get('entities', true),
    proposed.map((e) => e.checks),
  );
  commentItems(
    doc.get('relationships', true),
    relationships.map((r) => [...r.checks, ...endChecks(r, builder)]),
  );
  commentItems(
    doc.get('mentions', true),
    mentions.map((m) => m.checks),
  );
  if (builder.notes.length) {
    doc.comment = [
      ' For the curator: what the text reports without quotation marks (paraphrases), and quotes',
      ' nobody is named for. Add a statement (quoted: false) where one matters.',
      ...builder.notes.map((n) => ` - ${n.replace(/\n/g, ' ')}`),
    ].join('\n');
  }
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

function mentionEntries(e: DraftEntity, used: boolean) {
  const spellings = [...e.spellings];
  if (!spellings.length) return used ? [] : [{ entry: { ref: e.id }, checks: e.checks }];
  return spellings.map((asWritten, k) => ({
    entry: { ref: e.id, asWritten },
    checks: k === 0 ? e.checks : [],
  }));
}

/** A relationship to a known entity with a check carries that check too (an uncertain match). */
function endChecks(r: DraftRelationship, builder: DraftBuilder): string[] {
  return [r.from, r.to].flatMap((id) => {
    const e = builder.entities.get(id);
    return e?.known
      ? e.checks.filter((c) => c.includes('close spelling') || c.includes('which one'))
      : [];
  });
}

function commentItems(node: unknown, checks: readonly (readonly string[])[]): void {
  if (!isSeq(node)) return;
  (node as YAMLSeq).items.forEach((item, k) => {
    const lines = checks[k] ?? [];
    if (lines.length && isMap(item))
      (item as YAMLMap).commentBefore = lines.map((c) => ` check: ${c}`).join('\n');
  });
}
