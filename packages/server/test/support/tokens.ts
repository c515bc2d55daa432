/**
 * Tokens for the tests: HS256 with the test secret, RS256 from a key served by a real local JWKS
 * endpoint (an HTTP server the test starts), and the broken ones (expired, another key, alg none).
 */
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The HS256 secret of the test servers (test-only; 32+ bytes). */
export const TEST_SECRET = 'test-only secret for the server tests, 48 bytes!!';

const encoder = new TextEncoder();

/** A valid HS256 token for `sub` in `role` (one hour). */
export function token(sub: string, role: string, options: { secret?: string; expiresIn?: string | number; claims?: Record<string, unknown> } = {}): Promise<string> {
  return new SignJWT({ role, ...options.claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(encoder.encode(options.secret ?? TEST_SECRET));
}

/** A token that expired an hour ago (past any clock tolerance). */
export function expiredToken(sub: string, role: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt(now - 7_200).setExpirationTime(now - 3_600).sign(encoder.encode(TEST_SECRET));
}

/** A token signed with another key. */
export function otherKeyToken(sub: string, role: string): Promise<string> {
  return token(sub, role, { secret: 'another secret, not the server one, 40 bytes' });
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsecured token (`alg: none`, empty signature). */
export function algNoneToken(sub: string, role: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub, role, iat: now, exp: now + 3_600 })}.`;
}

/** A local JWKS endpoint serving the public half of an RSA and an EC key pair. */
export interface JwksServer {
  readonly url: string;
  /** How many times the key set was fetched. */
  readonly fetches: () => number;
  sign(sub: string, role: string, options?: { alg?: 'RS256' | 'ES256'; issuer?: string; audience?: string; expiresIn?: string; kid?: string }): Promise<string>;
  close(): Promise<void>;
}

/** Start a JWKS HTTP endpoint on 127.0.0.1 (a real server on a free port). */
export async function startJwks(): Promise<JwksServer> {
  const rsa = await generateKeyPair('RS256');
  const ec = await generateKeyPair('ES256');
  const keys: JWK[] = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  let count = 0;
  const server: Server = createServer((req, res) => {
    if (req.url === '/.well-known/jwks.json') {
      count += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    fetches: () => count,
    async sign(sub, role, options = {}) {
      const alg = options.alg ?? 'RS256';
      let jwt = new SignJWT({ role }).setProtectedHeader({ alg, kid: options.kid ?? (alg === 'RS256' ? 'rsa-1' : 'ec-1') }).setSubject(sub).setIssuedAt().setExpirationTime(options.expiresIn ?? '1h');
      if (options.issuer) jwt = jwt.setIssuer(options.issuer);
      if (options.audience) jwt = jwt.setAudience(options.audience);
      return jwt.sign(alg === 'RS256' ? rsa.privateKey : ec.privateKey);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
