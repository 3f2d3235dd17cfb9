import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Bearer-token check for the inference routes. Both sides are hashed before comparing, so the
 * comparison takes the same time whatever the token's length or how much of it a guess gets right.
 */
export function bearerTokenCheck(token: string): (authorization: string | undefined) => boolean {
  const expected = createHash('sha256').update(token).digest();
  return (authorization) => {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
    const given = createHash('sha256')
      .update(match ? match[1] : '')
      .digest();
    return timingSafeEqual(given, expected) && match !== null;
  };
}

/** The WWW-Authenticate header of a 401 (RFC 6750): `invalid_token` when a token was given but is wrong. */
export function authenticateChallenge(authorization: string | undefined): string {
  return authorization ? 'Bearer realm="mlops-serve", error="invalid_token"' : 'Bearer realm="mlops-serve"';
}
