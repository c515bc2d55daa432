/**
 * JSON Pointers (RFC 6901) for the command line: `--private-metadata /review/score` names the
 * key "score" inside "review"; `~1` stands for a "/" in a key and `~0` for a "~", so every
 * key can be written, dots and all (`/salary.band` is the key "salary.band").
 *
 * @module
 */

/** A JSON Pointer's keys, or `undefined` when it is not one (it must start with "/"; "~" only as "~0" or "~1"). */
export function parseJsonPointer(pointer: string): readonly string[] | undefined {
  if (!pointer.startsWith('/')) return undefined;
  const keys: string[] = [];
  for (const token of pointer.slice(1).split('/')) {
    let key = '';
    for (let i = 0; i < token.length; i += 1) {
      const char = token[i] as string;
      if (char !== '~') {
        key += char;
        continue;
      }
      const next = token[i + 1];
      if (next !== '0' && next !== '1') return undefined;
      key += next === '0' ? '~' : '/';
      i += 1;
    }
    keys.push(key);
  }
  return keys;
}

/** A key written as a JSON Pointer token ("~" as "~0", "/" as "~1"). */
export function pointerToken(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
