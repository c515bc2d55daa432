import { createHash, randomBytes } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, as `Array.prototype.sort` orders
 * them), no whitespace, numbers and strings as `JSON.stringify` writes them, `undefined` object
 * members left out. Equal JSON values give identical text, whatever order their keys were built in:
 * the text the log's digests are computed over.
 *
 * @throws TypeError for a value JSON cannot represent (a non-finite number, a bigint, a function).
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null, 'x'] }); // => '{"a":[true,null,"x"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} is not a JSON number`);
      out.push(JSON.stringify(value));
      return;
    case 'object': {
      if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, index) => {
          if (index > 0) out.push(',');
          write(item === undefined ? null : item, out);
        });
        out.push(']');
        return;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      out.push('{');
      keys.forEach((key, index) => {
        if (index > 0) out.push(',');
        out.push(JSON.stringify(key), ':');
        write(record[key], out);
      });
      out.push('}');
      return;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

/**
 * SHA-256 of a UTF-8 string, as 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * sha256(''); // => "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
 * ```
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A fresh random salt: 16 bytes as 32 hex digits. @internal */
export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

/**
 * The digest of one stored payload (the plan as created, or a log entry): SHA-256 over the salt,
 * a colon and the payload's canonical JSON text. The salt is kept beside the payload; erasure
 * deletes it with the personal data, so the digest (which stays in the chain) can no longer be used
 * to confirm a guess of what was erased.
 *
 * @example
 * ```ts
 * payloadDigest(row.salt, row.payload) === row.digest; // the row's payload is what was written
 * ```
 */
export function payloadDigest(salt: string, payloadText: string): string {
  return sha256(`${salt}:${payloadText}`);
}

/**
 * The first link of a plan's chain: over the plan id and the digest of the plan as created.
 *
 * @example
 * ```ts
 * genesisHash(plan.plan_id, plan.genesis_digest) === plan.genesis_hash; // checked by verify
 * ```
 */
export function genesisHash(planId: string, digest: string): string {
  return sha256(canonicalJson({ chain: 'improvement-plan/store', planId, digest }));
}

/**
 * The link of log entry `seq`: over the previous link, the plan id, the sequence number and the
 * entry's digest. A host can check an exported log with it, link by link.
 *
 * @example
 * ```ts
 * entryHash(planId, row.seq, previous.hash, row.digest) === row.hash;
 * ```
 */
export function entryHash(planId: string, seq: number, prev: string, digest: string): string {
  return sha256(canonicalJson({ planId, seq, prev, digest }));
}
