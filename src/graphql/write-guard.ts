import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';
import type { RequestContext } from './context.js';

export const EDITOR_ROLE = 'editor';

const fail = (code: ErrorCode, message: string, status: number): never => {
  throw new GraphQLError(message, { extensions: { code, http: { status } } });
};

/**
 * Refuses a mutation before anything runs, with a message that says what to do: no key configured →
 * MUTATIONS_DISABLED; no JWT → UNAUTHENTICATED; no "editor" role → FORBIDDEN. The schema's
 * @authentication directive checks the same again inside @neo4j/graphql.
 */
export function writeGuard(mutationsEnabled: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          if (!mutationsEnabled) {
            fail(
              ErrorCode.MUTATIONS_DISABLED,
              'Mutations are disabled: the server has no JWT_SECRET (or JWKS_URL). Set one and send a JWT with the role "editor".',
              403,
            );
          }
          if (!contextValue.caller) {
            fail(
              ErrorCode.UNAUTHENTICATED,
              'Mutations need a JWT: send "Authorization: Bearer <token>" signed with the server key.',
              401,
            );
          }
          if (!contextValue.caller?.roles.includes(EDITOR_ROLE)) {
            fail(ErrorCode.FORBIDDEN, `Mutations need the role "${EDITOR_ROLE}" in the JWT.`, 403);
          }
        },
      };
    },
  };
}
