// Ids for new things. Commands carry their ids (so applying one is deterministic); these
// make them. stableId gives the same id for the same input, for imports that may repeat.

type CryptoLike = { randomUUID?: () => string; getRandomValues?: (a: Uint8Array) => Uint8Array };

function randomPart(): string {
  const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID().replace(/-/g, '').slice(0, 20);
  if (crypto?.getRandomValues) {
    return Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return Math.random().toString(36).slice(2, 12) + Math.random().toString(36).slice(2, 12);
}

/** A new unique id, e.g. "app-3f9c..."; short enough for the schema's 64 characters. */
export function newId(prefix = 'id'): string {
  return `${prefix}-${randomPart()}`;
}

/** FNV-1a over the text, 53 bits, in base 36: the same text always gives the same id. */
export function stableId(prefix: string, text: string): string {
  let hi = 0x811c9dc5;
  let lo = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    hi = Math.imul(hi ^ c, 0x01000193) >>> 0;
    lo = Math.imul(lo ^ (c + i), 0x5bd1e995) >>> 0;
  }
  const value = (hi & 0x1fffff) * 0x100000000 + lo;
  return `${prefix}-${value.toString(36)}`;
}
