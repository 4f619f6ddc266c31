/**
 * Whether a match is part of an e-mail address or a URL, where a term is not a term ("www.nato.int",
 * "mp.office@parliament.uk"). Pure.
 */
import { CharClass, charClass } from './normalize';

/** How far to look either side of a match for signs of an e-mail address or a URL. */
const URL_LOOKAROUND = 120;

/**
 * Is [start, end) part of an e-mail address or a URL? Looks at the run of
 * non-space characters around it: "mp.office@parliament.uk",
 * "https://www.nato.int/...", "www.un.org", "example.com/nato".
 */
export function insideAddress(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  // Fast path: a match between spaces or ordinary punctuation is not in an address.
  if (!isAddressChar(before) && !isAddressChar(after)) return false;
  let s = start;
  const minS = Math.max(0, start - URL_LOOKAROUND);
  while (s > minS && charClass(text.charCodeAt(s - 1)) !== CharClass.Space) s--;
  let e = end;
  const maxE = Math.min(text.length, end + URL_LOOKAROUND);
  while (e < maxE && charClass(text.charCodeAt(e)) !== CharClass.Space) e++;
  if (before === 47 || after === 47) return true;
  // What /@|:\/\/|^\(?www\.|\.[a-z]{2,}\//i finds, by hand: compiling that RegExp on a page load cost ~1 ms.
  const run = text.slice(s, e).toLowerCase();
  if (run.includes('@') || run.includes('://') || run.startsWith('www.') || run.startsWith('(www.')) return true;
  for (let slash = run.indexOf('/'); slash >= 0; slash = run.indexOf('/', slash + 1)) {
    let letters = 0;
    let k = slash - 1;
    for (; k >= 0 && run.charCodeAt(k) >= 97 && run.charCodeAt(k) <= 122; k--) letters++;
    if (letters >= 2 && k >= 0 && run.charCodeAt(k) === 46) return true;
  }
  return false;
}

/** Characters that join words into addresses: . @ / : _ = ? # & % + ~ */
function isAddressChar(code: number): boolean {
  return (
    code === 46 ||
    code === 64 ||
    code === 47 ||
    code === 58 ||
    code === 95 ||
    code === 61 ||
    code === 63 ||
    code === 35 ||
    code === 38 ||
    code === 37 ||
    code === 43 ||
    code === 126
  );
}
