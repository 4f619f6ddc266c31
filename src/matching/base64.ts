/**
 * Bytes to base64 and back, for the matcher's prebuilt index, which travels inside the alias table's JSON, and a
 * page's word keys, which travel to the background (see table-subset.ts).
 * Why base64: on every page load the content script would otherwise JSON.parse some 30,000 numbers, cold;
 * a base64 string parses as one string and decodes natively (Uint8Array.fromBase64, Chrome 140 and
 * Firefox 133 on) straight into the typed arrays the matcher reads. Pure.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

type WithToBase64 = Uint8Array & { toBase64?: () => string };

/** Natively where the runtime can (a page's word keys); a plain loop elsewhere (the build, Node 20). */
export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

type WithFromBase64 = typeof Uint8Array & { fromBase64?: (s: string) => Uint8Array };

/** The native decoder where there is one (every browser Gloss supports); a plain loop elsewhere (Node 20). */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as WithFromBase64).fromBase64;
  if (typeof native === 'function') return native(text);
  const codes = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) codes[ALPHABET.charCodeAt(i)] = i;
  let length = (text.length / 4) * 3;
  if (text.endsWith('==')) length -= 2;
  else if (text.endsWith('=')) length -= 1;
  const out = new Uint8Array(length);
  for (let i = 0, o = 0; i < text.length; i += 4) {
    const n =
      (codes[text.charCodeAt(i)] << 18) |
      (codes[text.charCodeAt(i + 1)] << 12) |
      (codes[text.charCodeAt(i + 2)] << 6) |
      codes[text.charCodeAt(i + 3)];
    out[o++] = n >> 16;
    if (o < length) out[o++] = (n >> 8) & 255;
    if (o < length) out[o++] = n & 255;
  }
  return out;
}
