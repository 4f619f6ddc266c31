/**
 * What a page's address and language say about which country it is about:
 * "Congress" on a .in site is more likely India's, "Diet" on a Japanese-
 * language page Japan's. Returned as the words the knowledge base uses as
 * context, so the matcher finds them among its context words. Pure.
 */

/** Country-code domains whose country the knowledge base's ambiguous entries name. */
const BY_DOMAIN: Record<string, string[]> = {
  uk: ['UK', 'Britain', 'British'],
  ie: ['Ireland', 'Irish'],
  jp: ['Japan', 'Japanese'],
  in: ['India', 'Indian'],
  au: ['Australia', 'Australian'],
  nz: ['New Zealand'],
  ca: ['Canada', 'Canadian'],
  de: ['Germany', 'German'],
  fr: ['France', 'French'],
  il: ['Israel', 'Israeli'],
  kr: ['South Korea', 'Korean'],
  za: ['South Africa'],
  ua: ['Ukraine', 'Ukrainian'],
  sy: ['Syria', 'Syrian'],
};

/** Languages spoken as a first language mostly in one country the knowledge base distinguishes. */
const BY_LANGUAGE: Record<string, string[]> = {
  ja: ['Japan', 'Japanese'],
  he: ['Israel', 'Israeli'],
  ko: ['South Korea', 'Korean'],
  hi: ['India', 'Indian'],
  uk: ['Ukraine', 'Ukrainian'],
};

export function localeContext(hostname: string, lang: string): string[] {
  const tld = hostname.toLowerCase().split('.').at(-1) ?? '';
  const language = lang.toLowerCase().split('-')[0];
  return [...new Set([...(BY_DOMAIN[tld] ?? []), ...(BY_LANGUAGE[language] ?? [])])];
}
