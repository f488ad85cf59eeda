/**
 * MinHash signatures over word shingles, with LSH band keys: two releases whose shingle sets
 * overlap by Jaccard ≥ ~0.5 share at least one band key with high probability, so candidates
 * are found with an indexed equality lookup instead of comparing against every release.
 */
export const SIGNATURE_SIZE = 128;
export const BAND_ROWS = 4;
export const SHINGLE_WORDS = 3;

/** FNV-1a, 32 bit: a fast, stable base hash for shingles. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's finaliser: turns `base ^ seed` into one of SIGNATURE_SIZE independent-looking permutations. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2f)));

/** Word shingles of an already-normalised text (see normalizeForHash); short texts use single words. */
export function shingles(normalized: string, size = SHINGLE_WORDS): Set<string> {
  const words = normalized.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const result = new Set<string>();
  if (words.length < size) {
    for (const word of words) result.add(word);
    return result;
  }
  for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(' '));
  return result;
}

export function minhashSignature(normalized: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles(normalized)) {
    const base = fnv1a(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(base ^ SEEDS[i]);
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** One key per band: `<band>:<hex of the band's hash>`. */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band * BAND_ROWS < SIGNATURE_SIZE; band++) {
    let hash = 0x811c9dc5;
    for (let row = 0; row < BAND_ROWS; row++) {
      hash = Math.imul(hash ^ signature[band * BAND_ROWS + row], 0x01000193) >>> 0;
    }
    keys.push(`${band}:${mix(hash).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

export const encodeSignature = (signature: Uint32Array): string => Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64');

export function decodeSignature(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
