/**
 * The message contract, table-driven (issue #19): every declared request, then unknown types, wrong shapes,
 * missing fields and oversized payloads, sent to the background's handler and to the content script's request
 * listener. Each is answered as designed or ignored (no answer, no service called); none throws.
 */
// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KeySet, keysToBase64, PAGE_WORDS_BASE64_LIMIT, PAGE_WORDS_LIMIT } from '../../src/matching/word-keys';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => unknown;
let pageListener: Listener | null = null;
const browser = {
  runtime: {
    onMessage: {
      addListener: (fn: Listener) => (pageListener = fn),
      removeListener: () => (pageListener = null),
    },
    // No background in this test: a lookup from the page fails, and the page copes.
    sendMessage: vi.fn<() => Promise<never>>(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }),
  },
};
vi.mock('wxt/browser', () => ({ browser }));

const { createHandler } = await import('../../src/messaging/background-handler');
const { initPageRequests } = await import('../../src/content/page-requests');
const { backgroundRequestSchema, pageRequestSchema } = await import('../../src/messaging/protocol');

const declaredTypes = (schema: { _zod: { propValues?: Record<string, Set<unknown>> } }) =>
  [...(schema._zod.propValues?.type ?? [])].toSorted();

const LONG = 'x'.repeat(1_000_000);

/** Malformed for both sides: not requests at all, or not any request either side declares. */
const NOT_REQUESTS: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a string', 'getEntry'],
  ['a number', 42],
  ['an array', [{ type: 'getEntry', id: 'nato' }]],
  ['an object without a type', { id: 'nato' }],
  ['an unknown type', { type: 'deleteEverything' }],
  ['a type that is an object key', { type: '__proto__' }],
  ['a type inherited from Object', { type: 'toString' }],
  ['a type that is not a string', { type: 7 }],
  ['a megabyte of type', { type: LONG }],
];

describe('the background handler', () => {
  const details = { id: 'nato', title: 'NATO' };
  const table = { version: 'v1', json: '{}' };
  let services: ReturnType<typeof makeServices>;
  const makeServices = () => ({
    knowledge: {
      ready: Promise.resolve(),
      table: vi.fn<() => typeof table>(() => table),
      bundledTable: vi.fn<() => typeof table>(() => ({ ...table, json: '{"bundled":1}' })),
      entry: vi.fn<(id: string) => typeof details | null>((id) => (id === 'nato' ? details : null)),
      lookup: vi.fn<(query: string) => object>((query) => ({ hits: [{ id: 'nato', score: 0 }], closest: [], query })),
      pageTable: vi.fn<(text: string, words: string) => object>((text, words) => ({ pageTable: [text, words] })),
    },
    hideEntry: vi.fn<() => Promise<boolean>>(async () => true),
    repairStoredTable: vi.fn<() => void>(),
  });
  let handle: (message: unknown) => Promise<unknown> | undefined;
  beforeEach(() => {
    services = makeServices();
    handle = createHandler(services as never) as typeof handle;
  });

  const VALID: [string, unknown, unknown][] = [
    ['getEntry', { type: 'getEntry', id: 'nato' }, details],
    ['getEntry (no such entry)', { type: 'getEntry', id: 'no-such-entry' }, null],
    ['getEntry with the page’s day', { type: 'getEntry', id: 'nato', day: 16_504 }, details],
    ['lookup', { type: 'lookup', query: 'Nato' }, { hits: [{ id: 'nato', score: 0 }], closest: [], query: 'Nato' }],
    ['getAliasTable', { type: 'getAliasTable' }, table],
    ['getAliasTable (bundled)', { type: 'getAliasTable', bundled: true }, { ...table, json: '{"bundled":1}' }],
    ['hideEntry', { type: 'hideEntry', id: 'nato' }, true],
    ['getPageTable (text)', { type: 'getPageTable', text: 'NATO met.' }, { pageTable: ['NATO met.', ''] }],
    ['getPageTable (words)', { type: 'getPageTable', words: 'AAAAAA==' }, { pageTable: ['', 'AAAAAA=='] }],
  ];

  it('the table sends every declared request', () => {
    expect(new Set(VALID.map(([, m]) => (m as { type: string }).type))).toEqual(
      new Set(declaredTypes(backgroundRequestSchema)),
    );
  });

  it.each(VALID)('answers %s', async (_, message, answer) => {
    await expect(handle(message)).resolves.toEqual(answer);
  });

  it('takes the words of a page with PAGE_WORDS_LIMIT distinct words (800 KB of keys, in base64)', async () => {
    const keys = new KeySet(PAGE_WORDS_LIMIT * 2);
    for (let i = 0; i < PAGE_WORDS_LIMIT; i++) keys.add(2 * i + 1);
    const words = keysToBase64(keys);
    expect(words.length).toBe(4 * Math.ceil((PAGE_WORDS_LIMIT * 4) / 3));
    expect(words.length).toBeLessThanOrEqual(PAGE_WORDS_BASE64_LIMIT);
    await expect(handle({ type: 'getPageTable', words })).resolves.toEqual({ pageTable: ['', words] });
  });

  it('passes the page’s day on with getEntry', async () => {
    await handle({ type: 'getEntry', id: 'nato', day: 16_504 });
    expect(services.knowledge.entry).toHaveBeenCalledWith('nato', 16_504);
  });

  it('repairs the stored table when a page asks for it, and not for the options page', async () => {
    await handle({ type: 'getAliasTable', bundled: true });
    expect(services.repairStoredTable).not.toHaveBeenCalled();
    await handle({ type: 'getAliasTable' });
    expect(services.repairStoredTable).toHaveBeenCalledOnce();
  });

  const IGNORED: [string, unknown][] = [
    ...NOT_REQUESTS,
    ['a page request', { type: 'listPageTerms' }],
    ['getEntry without its id', { type: 'getEntry' }],
    ['getEntry with a number for id', { type: 'getEntry', id: 5 }],
    ['getEntry with an oversized id', { type: 'getEntry', id: 'a'.repeat(81) }],
    ['getEntry with a day that is no whole number', { type: 'getEntry', id: 'nato', day: 16_504.5 }],
    ['getEntry with a day too large to be a whole number', { type: 'getEntry', id: 'nato', day: 1e300 }],
    ['getEntry with an extra field', { type: 'getEntry', id: 'nato', html: '<img onerror=alert(1)>' }],
    ['lookup without its query', { type: 'lookup' }],
    ['lookup with an oversized query', { type: 'lookup', query: LONG }],
    ['getAliasTable with a string for bundled', { type: 'getAliasTable', bundled: 'yes' }],
    ['hideEntry with an array for id', { type: 'hideEntry', id: ['nato'] }],
    ['getPageTable with a number for text', { type: 'getPageTable', text: 42 }],
    ['getPageTable with more text than a page may send', { type: 'getPageTable', text: 'a'.repeat(2_000_001) }],
  ];

  it.each(IGNORED)('ignores %s: no answer, nothing asked of the services', (_, message) => {
    expect(() => handle(message)).not.toThrow();
    expect(handle(message)).toBeUndefined();
    for (const fn of [
      services.knowledge.entry,
      services.knowledge.lookup,
      services.hideEntry,
      services.repairStoredTable,
    ])
      expect(fn).not.toHaveBeenCalled();
  });
});

/**
 * Sends `message` as the browser does: the listener answers through sendResponse after returning `true` (the
 * content script uses the browser's own API, src/platform/native-browser.ts), or returns nothing to ignore it.
 */
const listen = (message: unknown): Promise<unknown> | undefined => {
  let answer: ((response: unknown) => void) | undefined;
  const answered = new Promise<unknown>((resolve) => (answer = resolve));
  return pageListener!(message, {}, (response) => answer!(response)) === true ? answered : undefined;
};

describe("the content script's request listener", () => {
  const shown: unknown[] = [];
  const stop = new AbortController();
  initPageRequests({
    terms: () => null,
    state: () => 'on',
    site: 'example.com',
    cards: { show: async (...args: unknown[]) => void shown.push(args[1]), current: null } as never,
    matcher: () => ({ table: { aliases: [], ids: [] }, scan: () => ({ matches: [], hints: [] }) }) as never,
    signal: stop.signal,
  });
  beforeEach(() => void (shown.length = 0));

  const VALID: [string, unknown, unknown][] = [
    ['listPageTerms', { type: 'listPageTerms' }, { state: 'on', site: 'example.com', terms: [] }],
    ['revealTerm (not on the page)', { type: 'revealTerm', id: 'nato' }, false],
    ['stepTerm next (nothing marked)', { type: 'stepTerm', direction: 'next' }, false],
    ['stepTerm previous', { type: 'stepTerm', direction: 'previous' }, false],
    ['explainSelection of a menu text', { type: 'explainSelection', text: 'Komeito' }, true],
    ['explainSelection with nothing selected', { type: 'explainSelection' }, false],
  ];

  it('the table sends every declared request', () => {
    expect(new Set(VALID.map(([, m]) => (m as { type: string }).type))).toEqual(
      new Set(declaredTypes(pageRequestSchema)),
    );
  });

  it.each(VALID)('answers %s', async (_, message, answer) => {
    await expect(listen(message)).resolves.toEqual(answer);
  });

  it('explains a selection it cannot reach the background for with a "no match" card', async () => {
    await listen({ type: 'explainSelection', text: 'Komeito' });
    expect(shown).toEqual([{ kind: 'noMatch', term: 'Komeito', closest: [] }]);
  });

  const IGNORED: [string, unknown][] = [
    ...NOT_REQUESTS,
    ['a background request', { type: 'getEntry', id: 'nato' }],
    ['revealTerm without its id', { type: 'revealTerm' }],
    ['revealTerm with an oversized id', { type: 'revealTerm', id: 'a'.repeat(81) }],
    ['stepTerm in an unknown direction', { type: 'stepTerm', direction: 'sideways' }],
    ['stepTerm without a direction', { type: 'stepTerm' }],
    ['explainSelection with a number for text', { type: 'explainSelection', text: 12 }],
    ['explainSelection with an oversized text', { type: 'explainSelection', text: LONG }],
    ['listPageTerms with an extra field', { type: 'listPageTerms', all: true }],
  ];

  it.each(IGNORED)('ignores %s: no answer, no card', (_, message) => {
    expect(() => listen(message)).not.toThrow();
    expect(listen(message)).toBeUndefined();
    expect(shown).toEqual([]);
  });
});
