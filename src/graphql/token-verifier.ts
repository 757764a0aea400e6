import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { ErrorCode } from '../errors/codes.js';

export interface VerifiedCaller {
  readonly subject: string | undefined;
  readonly roles: readonly string[];
}

export type TokenVerifier = (token: string) => Promise<VerifiedCaller | undefined>;

/** Longest accepted token lifetime unless configured (JWT_MAX_LIFETIME): 12 hours. */
export const DEFAULT_MAX_TOKEN_LIFETIME_S = 12 * 3600;
/** Clock skew tolerated between the token issuer and this server. */
const CLOCK_TOLERANCE_S = 30;

/**
 * Verifies a JWT with the HS256 secret (or the JWKS when configured). Without either, tokens are
 * ignored (undefined): reads stay public and mutations are refused by the write guard.
 * A token must name its holder (`sub`) and expire (`exp`) within the maximum lifetime, counted
 * from `iat` when present and from now in any case; otherwise UNAUTHENTICATED with the reason.
 */
export function createTokenVerifier(options: {
  jwtSecret: string | undefined;
  jwksUrl: string | undefined;
  jwtMaxLifetimeSeconds?: number;
}): TokenVerifier {
  const maxLifetime = options.jwtMaxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
  const claims = { requiredClaims: ['sub', 'exp'], clockTolerance: CLOCK_TOLERANCE_S };
  if (options.jwksUrl) {
    const jwks = createRemoteJWKSet(new URL(options.jwksUrl));
    return async (token) =>
      toCaller(await verify(() => jwtVerify(token, jwks, claims), maxLifetime));
  }
  if (options.jwtSecret) {
    const key = new TextEncoder().encode(options.jwtSecret);
    return async (token) =>
      toCaller(
        await verify(
          () => jwtVerify(token, key, { ...claims, algorithms: ['HS256'] }),
          maxLifetime,
        ),
      );
  }
  return async () => undefined;
}

const rejected = (why: string): GraphQLError =>
  new GraphQLError(`The JWT was rejected: ${why}.`, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });

async function verify(
  run: () => Promise<{ payload: JWTPayload }>,
  maxLifetime: number,
): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    payload = (await run()).payload;
  } catch (error) {
    throw rejected(reason(error));
  }
  const exp = payload.exp ?? 0;
  const now = Math.floor(Date.now() / 1000);
  const lifetime = Math.max(exp - now, typeof payload.iat === 'number' ? exp - payload.iat : 0);
  if (lifetime > maxLifetime + CLOCK_TOLERANCE_S) {
    throw rejected(
      `it is valid for longer than the maximum of ${maxLifetime} s ("exp" too far from "iat" or now); issue a shorter-lived token`,
    );
  }
  return payload;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired (check "exp")';
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return 'its signature does not match the server key';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'only HS256 tokens are accepted';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return error.reason === 'missing'
      ? `claim "${error.claim}" is missing (tokens must name their holder in "sub" and expire with "exp")`
      : `claim "${error.claim}" is invalid`;
  }
  return 'it is not a well-formed JWT';
}

function toCaller(payload: JWTPayload): VerifiedCaller {
  const roles = Array.isArray(payload.roles)
    ? payload.roles.filter((r): r is string => typeof r === 'string')
    : [];
  return { subject: payload.sub, roles };
}
