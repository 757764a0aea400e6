import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { affectedEntities } from './affected-entities.js';
import type { RequestContext } from './context.js';
import { checkProvenance } from './provenance.js';

/**
 * Wraps every generated mutation field: inside the operation's transaction (set up by
 * ./write-transaction.ts) it first checks the provenance of relationship writes, reads which
 * entities the write touches (for the audit record, and to refuse a mass delete before it runs),
 * then runs the generated resolver. Outside the API server (no write session) it only delegates.
 */
export function wrapMutationFields(schema: GraphQLSchema): void {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const resolve = field.resolve;
    if (!resolve) continue;
    const wrapped: GraphQLFieldResolver<unknown, RequestContext> = async (
      source,
      args: Record<string, unknown>,
      context,
      info,
    ) => {
      const write = context.write;
      if (write) {
        write.fields.push(info.fieldName);
        await checkProvenance(info.schema, info.fieldName, args, field.args, write.tx);
        write.entities.push(...(await affectedEntities(info, args, context, write)));
      }
      return resolve(source, args, context, info);
    };
    field.resolve = wrapped as GraphQLFieldResolver<unknown, unknown>;
  }
}
