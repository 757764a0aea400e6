import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { ErrorCode } from '../errors/codes.js';

export interface VerifiedCaller {
  readonly subject: string | undefined;
  readonly roles: readonly string[];
}

export type TokenVerifier = (token: string) => Promise<VerifiedCaller | undefined>;

/**
 * Verifies a JWT with the HS256 secret (or the JWKS when configured). Without either, tokens are
 * ignored (undefined): reads stay public and mutations are refused by the write guard.
 */
export function createTokenVerifier(options: {
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
}): TokenVerifier {
  if (options.jwksUrl) {
    const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
    return async (token) => toCaller(await verify(() => jwtVerify(token, jwks)));
  }
  if (options.jwtSecret) {
    const key = new TextEncoder().encode(options.jwtSecret);
    return async (token) =>
      toCaller(await verify(() => jwtVerify(token, key, { algorithms: ['HS256'] })));
  }
  return async () => undefined;
}

async function verify(run: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await run()).payload;
  } catch (error) {
    throw new GraphQLError(`The JWT was rejected: ${reason(error)}.`, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired (check "exp")';
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return 'its signature does not match the server key';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'only HS256 tokens are accepted';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim "${error.claim}" is invalid`;
  return 'it is not a well-formed JWT';
}

function toCaller(payload: JWTPayload): VerifiedCaller {
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((r): r is string => typeof r === 'string')
    : [];
  return { subject: payload.sub, roles };
}
