import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { checkCost, type CostReport } from './cost.js';
import { HeavyGate } from './heavy-gate.js';
import type { NoticeBoard } from './list-notices.js';
import type { HintBoard } from './name-hints.js';
import { HEAVY_COST, HEAVY_QUEUE, HEAVY_SLOTS } from './limits.js';
import type { IntrospectionRunner } from './introspection/runner.js';
import { rawResult } from './raw-result.js';
import { enforceResponseLimit } from './response-limit.js';
import type { ShapeStore } from './shape/shape-store.js';

const INTROSPECTION = new Set(['__schema', '__type']);

/** Root field names of the operation, through fragments. */
export function rootFieldNames(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): string[] {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): string[] =>
    set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s.name.value];
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return [];
      seen.add(s.name.value);
      return walk(fragment);
    });
  return walk(operation.selectionSet);
}

const isIntrospectionOnly = (names: readonly string[]): boolean =>
  names.some((n) => INTROSPECTION.has(n)) &&
  names.every((n) => INTROSPECTION.has(n) || n === '__typename');

/**
 * Per-operation limits that need the variables, after validation and before execution: the cost
 * model (src/graphql/cost.ts), on the graph's shape (./shape/shape-store.ts); every answer says its
 * estimate in `extensions.cost`. Introspection operations (bounded by ./introspection/rules.ts) run
 * in a worker thread instead of here. Heavy operations (cost ≥ HEAVY_COST) take turns
 * (./heavy-gate.ts). Every answer is capped at MAX_RESPONSE_BYTES.
 */
export function operationGuard(
  introspection: IntrospectionRunner | undefined,
  shapes: ShapeStore,
): ApolloServerPlugin<object> {
  const gate = new HeavyGate(HEAVY_SLOTS, HEAVY_QUEUE);
  return {
    async requestDidStart() {
      let introspective = false;
      let release: (() => void) | undefined;
      let cost: CostReport | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          introspective = isIntrospectionOnly(rootFieldNames(document, operation));
          if (introspective) return;
          cost = checkCost(
            {
              schema,
              document,
              variables: request.variables,
              operationName: request.operationName ?? undefined,
            },
            { shape: await shapes.fresh() },
          );
          if (cost.estimated >= HEAVY_COST) release = await gate.acquire();
        },
        async responseForOperation({ source, request }) {
          if (!introspective || !introspection) return null;
          const json = await introspection.run({
            query: source ?? '',
            variables: request.variables,
            operationName: request.operationName ?? undefined,
          });
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: rawResult(json) },
          };
        },
        async willSendResponse(requestContext) {
          // Introspection answers are bounded by ./introspection/rules.ts (one schema at most).
          if (!introspective) enforceResponseLimit(requestContext);
          const body = requestContext.response.body;
          if (cost && body.kind === 'single') {
            const { notices, noticesDropped, hints } = requestContext.contextValue as NoticeBoard &
              HintBoard;
            body.singleResult.extensions = {
              ...body.singleResult.extensions,
              cost,
              ...(notices ? { truncated: notices } : {}),
              ...(noticesDropped ? { truncatedNotListed: noticesDropped } : {}),
              ...(hints ? { hints } : {}),
            };
          }
          // Serialising the answer comes after this hook; it is bounded by MAX_RESPONSE_BYTES.
          release?.();
        },
      };
    },
  };
}
