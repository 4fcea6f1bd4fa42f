import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { z } from 'zod';
import { loadConfig } from '../config';
import type { AccessTokenClaims } from './identity';

export const TOKEN_ISSUER = 'fieldloop';
export const TOKEN_AUDIENCE = 'fieldloop-api';
export const TOKEN_ALGORITHM = 'ES256';
export const ACCESS_TOKEN_SECONDS = 15 * 60;

export interface SigningKeys {
  keyId: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

/** A fresh P-256 key pair, for `npm start` and tests; production supplies its own. */
export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    keyId: randomUUID(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Environment variables that carry the keys to the processes that need them. */
export const signingKeysEnv = (keys: SigningKeys) => ({
  JWT_KEY_ID: keys.keyId,
  JWT_PRIVATE_KEY: keys.privateKeyPem,
  JWT_PUBLIC_KEY: keys.publicKeyPem,
});

const issuerConfig = z.object({
  JWT_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'must be a PKCS#8 PEM private key (P-256)' }),
  JWT_KEY_ID: z.string().min(1),
});

/** Signs short-lived access tokens (ES256, with the key id in the header). */
export class AccessTokenIssuer {
  private key?: Awaited<ReturnType<typeof importPKCS8>>;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** A token for these claims, valid ACCESS_TOKEN_SECONDS or until `notAfter` if sooner. */
  async issue(claims: AccessTokenClaims, notAfter?: Date): Promise<{ token: string; expiresAt: Date }> {
    const { JWT_PRIVATE_KEY, JWT_KEY_ID } = loadConfig(issuerConfig, this.env);
    // An env file holds the PEM on one line with \n escapes.
    this.key ??= await importPKCS8(JWT_PRIVATE_KEY.replace(/\\n/g, '\n'), TOKEN_ALGORITHM);
    const expiresAt = new Date(Math.min(Date.now() + ACCESS_TOKEN_SECONDS * 1000, notAfter?.getTime() ?? Infinity));
    const { sub, ...privateClaims } = claims;
    const token = await new SignJWT(privateClaims)
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: JWT_KEY_ID, typ: 'JWT' })
      .setSubject(sub)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }
}
