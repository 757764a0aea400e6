import { readdirSync, readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  visit,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
} from 'graphql';
import { fromRoot } from '../config/paths.js';
import { cypherFile, stripLineComments } from '../neo4j/cypher-file.js';
import { entityFieldExtensions } from './entity-fields.js';

/**
 * `@cypherFile(path: "queries/x.cypher", columnName: "c")` in graphql/*.graphql keeps Cypher in
 * cypher/ files; at boot it becomes `@cypher(statement: <file text>, columnName: "c")`. The
 * statement is inserted as a GraphQL StringValue node, so no escaping by hand is involved.
 */
const FILE_DIRECTIVE = 'cypherFile';

/**
 * Reads every graphql/*.graphql file (sorted by name) into one document, adds the fields every
 * entity type derives from the model (entity-fields.ts), and resolves @cypherFile.
 */
export function loadTypeDefs(folder = fromRoot('graphql')): DocumentNode {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  const source = files.map((name) => readFileSync(`${folder}/${name}`, 'utf8')).join('\n');
  const parsed = parse(source);
  const definitions = [...parsed.definitions, ...entityFieldExtensions()];
  return resolveCypherFiles({ ...parsed, definitions });
}

export function resolveCypherFiles(document: DocumentNode): DocumentNode {
  return visit(document, {
    Directive(node): DirectiveNode | undefined {
      if (node.name.value !== FILE_DIRECTIVE) return undefined;
      const path = stringArgument(node, 'path');
      const columnName = stringArgument(node, 'columnName');
      return {
        kind: Kind.DIRECTIVE,
        name: { kind: Kind.NAME, value: 'cypher' },
        arguments: [
          stringArg('statement', stripLineComments(cypherFile(path))),
          stringArg('columnName', columnName),
        ],
      };
    },
  });
}

function stringArgument(node: DirectiveNode, name: string): string {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (arg?.value.kind !== Kind.STRING) {
    throw new Error(`@${FILE_DIRECTIVE} needs a string argument "${name}"`);
  }
  return arg.value.value;
}

function stringArg(name: string, value: string): ArgumentNode {
  return {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.STRING, value, block: false },
  };
}

/** `//` comment lines document the file; the statement sent to Neo4j does without them. */
