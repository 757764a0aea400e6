import { SignJWT } from 'jose';

export const TEST_JWT_SECRET = 'test-secret-for-policy-graph-0123456789';

/** An HS256 token; `expiresIn` like "1h", or a past epoch second for an expired one. */
export async function signToken(
  claims: { roles?: string[]; sub?: string },
  options: { secret?: string; expiresAt?: number | string } = {},
): Promise<string> {
  return new SignJWT({ roles: claims.roles ?? [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub ?? 'test-user')
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

export const bearer = (token: string): string => `Bearer ${token}`;
