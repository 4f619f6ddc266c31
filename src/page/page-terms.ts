/**
 * The terms found on the page: their ranges, their meaning, and the one
 * highlight that paints them. We do not wrap matches in elements: sites that
 * hydrate with React or Vue treat foreign nodes as a mismatch and re-render,
 * and pages that read their own DOM would see ours. The CSS Custom Highlight
 * API paints live Ranges without touching the DOM.
 * Touches the DOM; never `browser`.
 */
import type { AliasTable } from '../matching/alias-table';
import { dependsOnContext, PageEvidence, type Resolution } from '../matching/disambiguate';
import { continuesName } from '../matching/continuation';
import type { Matcher, ScanResult } from '../matching/matcher';
import { blockOf, type TextChunk } from './collect-text';
import { Furniture } from './furniture';
import { unreadableLanguage } from './language';
import { pageDate } from './page-date';
// Shadow roots: ranges in different trees are ordered by their hosts (compareBoundaryPoints would throw).
import { compareInPage } from './shadow-roots';

/** The name our marks are registered under by default; highlight.css styles it (and one name per other look). */
export const HIGHLIGHT_NAME = 'gloss-term';
/** A brief, stronger mark on a term the reader asked to be shown (from the popup's glossary). */
export const FLASH_NAME = 'gloss-flash';
export const FLASH_MS = 1500;

export interface PageMatch {
  readonly range: Range;
  readonly alias: number;
  /** The text nodes the match touches (usually one). */
  readonly nodes: readonly Text[];
  /** Offsets within the first and last node. */
  readonly startOffset: number;
  readonly endOffset: number;
  resolution: Resolution;
  /** Whether the reader's choices mark it (its entry is marked, and its meaning is known or left open). */
  wanted: boolean;
  /** Whether the range is in the highlight: wanted, and with "first mention only", the first of its term. */
  painted: boolean;
  /** Context words found in the same block of text (for terms whose meaning depends on the page). */
  nearby: readonly number[];
  /** The term it counts as for "first mention only" (see termKey), while wanted. */
  key: number;
}

/** One term: an entry, or an alias whose meaning the page leaves open (its alternatives count as one term). */
function termKey(match: PageMatch): number {
  const r = match.resolution;
  return r.kind === 'entry' ? r.entry : -1 - match.alias;
}

function earliest(group: Iterable<PageMatch>): PageMatch | undefined {
  let first: PageMatch | undefined;
  for (const m of group) if (!first || compareInPage(m.range, first.range) < 0) first = m;
  return first;
}

const NO_HINTS: readonly number[] = [];

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/** Is the CSS Custom Highlight API there? (Chrome 105+, Safari 17.2+, Firefox 140+.) */
export function highlightApiAvailable(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

export interface MarkOptions {
  /** 1 for each entry (by index) that is marked; the others are found, as evidence and for lookup, not marked. */
  markable: Uint8Array;
  /** Mark only the first mention of each term in reading order. */
  firstMentionOnly: boolean;
  /** The highlight to register the marks under (its look; see markHighlightName). */
  highlightName: string;
}

/** Marks what a general reader may not know, every mention, in the default look (tests and tools). */
export function defaultMarkOptions(table: AliasTable): MarkOptions {
  return {
    markable: Uint8Array.from(table.fam, (f) => (f >= 1 ? 1 : 0)),
    firstMentionOnly: false,
    highlightName: HIGHLIGHT_NAME,
  };
}

export class PageTerms {
  readonly evidence: PageEvidence;
  private readonly byNode = new Map<Text, PageMatch[]>();
  /** Matches whose meaning follows the page's evidence. */
  private readonly contextual = new Set<PageMatch>();
  private readonly highlight: Highlight;
  private resolvedAt = -1;
  /** Contextual matches added since the last settle(). */
  private unresolved: PageMatch[] = [];
  /** Visibility of elements checked during the current batch (a layout read each). */
  private visibility = new Map<Element, boolean>();

  /** With "first mention only": each term's wanted matches, by term (see termKey). */
  private readonly mentions = new Map<number, Set<PageMatch>>();
  private highlightName: string;
  /**
   * The page's language when Gloss's knowledge cannot read it ("Japanese"): the popup says so, and nothing is
   * marked. The few names such a page writes in Latin letters are mostly its furniture (a masthead, a menu in
   * English), and whatever Gloss marked there would be a small, arbitrary share of what the reader meets; selection
   * lookup still explains any of them.
   */
  readonly unreadableLanguage: string | null;
  /** What is the article and what is furniture (terms in furniture are evidence, never marked). */
  readonly furniture: Furniture;
  /** First names among the page's words (see continuation.ts). */
  private readonly given: ReadonlySet<string>;

  constructor(
    readonly table: AliasTable,
    private readonly doc: Document = document,
    private readonly options: MarkOptions = defaultMarkOptions(table),
  ) {
    this.evidence = new PageEvidence(table);
    this.given = new Set(table.given);
    this.furniture = new Furniture(doc);
    this.unreadableLanguage = unreadableLanguage(doc);
    this.evidence.setDate(pageDate(doc, doc.URL).day);
    const win = doc.defaultView as Window & typeof globalThis;
    this.highlight = new (win.Highlight as HighlightCtor)();
    this.highlightName = options.highlightName;
    win.CSS.highlights.set(this.highlightName, this.highlight);
  }

  /** Changes how the marks look: the same ranges under another highlight name; nothing is rescanned. */
  setHighlightName(name: string): void {
    if (name === this.highlightName) return;
    const highlights = (this.doc.defaultView as Window & typeof globalThis).CSS.highlights;
    if (highlights.get(this.highlightName) === this.highlight) highlights.delete(this.highlightName);
    this.highlightName = name;
    highlights.set(name, this.highlight);
  }

  get size(): number {
    return this.highlight.size;
  }

  /** Adds the matches the matcher found in `chunk`. Contextual ones wait for `settle()`. */
  addChunk(chunk: TextChunk, result: ScanResult): void {
    for (const a of result.hints) this.evidence.addHint(a);
    const m = result.matches;
    if (m.length === 0) return;
    const { nodes, starts } = chunk;
    // A copy (the caller reuses `result` for the next chunk), each context word once: every contextual match's
    // resolution walks this list, so with a long block's repeats kept the cost grew with matches x words (a 400 KB
    // paragraph froze the page for 3.5 s).
    const nearby = result.hints.length === 0 ? NO_HINTS : [...new Set(result.hints)];
    // The chunk's text nodes share one block: the article or furniture, decided once for the block.
    const block = nodes.length > 0 ? blockOf(nodes[0]) : null;
    const paints = block === null || block.nodeType !== 1 || this.furniture.paints(block as Element);
    let n = 0;
    for (let i = 0; i < m.length; i += 3) {
      const start = m[i];
      const end = m[i + 1];
      const alias = m[i + 2];
      // "Bangladesh Bank", "African Renaissance": a longer name, not this entry (nor evidence for it).
      const next = i + 3 < m.length ? m[i + 3] : -1;
      if (continuesName(chunk.text, start, end, this.table.aliases[alias][1], next, this.given)) continue;
      while (n + 1 < nodes.length && starts[n + 1] <= start) n++;
      const first = n;
      let last = n;
      while (last + 1 < nodes.length && starts[last + 1] < end) last++;
      const startNode = nodes[first];
      if (!this.isVisible(startNode)) continue;
      if (!paints) {
        // Furniture: what it names is evidence for the page's meanings, but it is not marked.
        this.evidence.addMatch(alias);
        continue;
      }
      const range = this.doc.createRange();
      const startOffset = start - starts[first];
      const endOffset = end - starts[last];
      range.setStart(startNode, startOffset);
      range.setEnd(nodes[last], endOffset);
      const match: PageMatch = {
        range,
        alias,
        nodes: nodes.slice(first, last + 1),
        startOffset,
        endOffset,
        resolution: { kind: 'none' },
        wanted: false,
        painted: false,
        nearby,
        key: 0,
      };
      for (const node of match.nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(match);
        else this.byNode.set(node, [match]);
      }
      this.evidence.addMatch(alias);
      if (dependsOnContext(this.table, alias)) {
        if (nearby.length > 0) this.evidence.addNearby(alias, nearby);
        this.contextual.add(match);
        this.unresolved.push(match);
      } else {
        const entry = this.table.aliases[alias][2][0];
        // An entry that did not yet exist at the page's date is not what the page means ("Gaza war" in 2014).
        const existed = this.evidence.existedAt(entry);
        match.resolution = existed ? { kind: 'entry', entry } : { kind: 'none' };
        this.want(match, existed && this.options.markable[entry] === 1);
      }
    }
  }

  /** Adds what the page's address and language say about its country (see matching/locale.ts). */
  addLocale(matcher: Matcher, words: readonly string[]): void {
    if (words.length === 0) return;
    for (const h of new Set(matcher.scan(words.join(' · ')).hints)) this.evidence.addLocaleHint(h);
  }

  /** Resolves contextual matches against the evidence gathered so far; call after each batch. */
  settle(): void {
    this.visibility = new Map();
    // Unchanged evidence leaves earlier resolutions as they were, but matches added since (text the page added
    // later, repeating terms it already had) still need theirs: without this they stayed unmarked.
    const matches = this.resolvedAt === this.evidence.version ? this.unresolved : this.contextual;
    this.resolvedAt = this.evidence.version;
    this.unresolved = [];
    for (const match of matches) {
      if (!this.contextual.has(match)) continue;
      const r = (match.resolution = this.evidence.resolve(match.alias, match.nearby));
      const entries = r.kind === 'entry' ? [r.entry] : r.kind === 'undecided' ? r.entries : [];
      this.want(
        match,
        entries.some((e) => this.options.markable[e] === 1),
      );
    }
  }

  /** Forgets the matches in these text nodes (before they are scanned again). */
  forgetNodes(nodes: Iterable<Text>): void {
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      // forget() edits `list`: walk a copy (walking the list itself skipped every other match, and a ticker's
      // rewritten headline kept collapsed ranges in the highlight for good).
      for (const match of list.slice()) this.forget(match);
    }
  }

  /** Drops matches whose text has left the document. */
  pruneDisconnected(): void {
    for (const [node, list] of this.byNode) {
      // forget() edits `list`: walk a copy.
      if (!node.isConnected) for (const match of list.slice()) this.forget(match);
    }
  }

  /** The painted match under a caret position, if any. */
  matchAt(node: Node, offset: number): PageMatch | undefined {
    const list = this.byNode.get(node as Text);
    if (!list) return undefined;
    for (const match of list) {
      if (!match.painted) continue;
      const first = match.nodes[0] === node;
      const last = match.nodes[match.nodes.length - 1] === node;
      if ((!first || offset >= match.startOffset) && (!last || offset < match.endOffset)) return match;
    }
    return undefined;
  }

  /** Painted matches in reading (document) order: the page's glossary and keyboard navigation. */
  orderedMatches(): PageMatch[] {
    const seen = new Set<PageMatch>();
    for (const list of this.byNode.values()) for (const m of list) if (m.painted) seen.add(m);
    return [...seen].toSorted((a, b) => compareInPage(a.range, b.range));
  }

  /**
   * Every mention the reader's choices mark, painted or not ("first mention only" paints one a term), in
   * reading order: the page's glossary counts them all. Furniture is not among them (never a match).
   */
  wantedMatches(): PageMatch[] {
    const seen = new Set<PageMatch>();
    for (const list of this.byNode.values()) for (const m of list) if (m.wanted) seen.add(m);
    return [...seen].toSorted((a, b) => compareInPage(a.range, b.range));
  }

  /** Does the page name this entry anywhere (its furniture too) by a name that means only it? */
  names(id: string): boolean {
    const e = this.table.ids.indexOf(id);
    return e >= 0 && this.evidence.isNamed(e);
  }

  /** The entry ids a match may mean: one, or the alternatives when the page cannot tell. */
  entryIds(match: PageMatch): string[] {
    const r = match.resolution;
    if (r.kind === 'entry') return [this.table.ids[r.entry]];
    return r.kind === 'undecided' ? r.entries.map((e) => this.table.ids[e]) : [];
  }

  /** Briefly marks a match more strongly, so the eye finds it after a scroll. */
  flash(match: PageMatch): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    const flash = new (win.Highlight as HighlightCtor)(match.range);
    win.CSS.highlights.set(FLASH_NAME, flash);
    win.setTimeout(() => {
      if (win.CSS.highlights.get(FLASH_NAME) === flash) win.CSS.highlights.delete(FLASH_NAME);
    }, FLASH_MS);
  }

  /** Removes every mark (Gloss turned off on this page). */
  clear(): void {
    this.highlight.clear();
    this.byNode.clear();
    this.contextual.clear();
    this.mentions.clear();
    this.unresolved = [];
    const win = this.doc.defaultView as Window & typeof globalThis;
    if (win.CSS.highlights.get(this.highlightName) === this.highlight) win.CSS.highlights.delete(this.highlightName);
  }

  private forget(match: PageMatch): void {
    this.want(match, false);
    this.contextual.delete(match);
    for (const node of match.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const i = list.indexOf(match);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
  }

  /**
   * Records whether the reader's choices mark a match, and paints accordingly: every wanted match, or with
   * "first mention only", the earliest wanted match of each term in reading order (a later scan can find an
   * earlier mention, and the first can leave the page).
   */
  private want(match: PageMatch, wanted: boolean): void {
    if (this.unreadableLanguage !== null) wanted = false;
    if (!this.options.firstMentionOnly) {
      match.wanted = wanted;
      this.paint(match, wanted);
      return;
    }
    // Settling asks again for every contextual match: nothing to do when nothing changed.
    if (wanted === match.wanted && (!wanted || termKey(match) === match.key)) return;
    if (match.wanted) {
      const key = match.key;
      const group = this.mentions.get(key);
      group?.delete(match);
      if (match.painted) {
        this.paint(match, false);
        const next = group ? earliest(group) : undefined;
        if (next) this.paint(next, true);
      }
      if (group?.size === 0) this.mentions.delete(key);
    }
    match.wanted = wanted;
    if (!wanted) return;
    const key = (match.key = termKey(match));
    let group = this.mentions.get(key);
    if (!group) this.mentions.set(key, (group = new Set()));
    const shown = [...group].find((m) => m.painted);
    group.add(match);
    if (shown === undefined) this.paint(match, true);
    else if (compareInPage(match.range, shown.range) < 0) {
      this.paint(shown, false);
      this.paint(match, true);
    }
  }

  private paint(match: PageMatch, on: boolean): void {
    if (on === match.painted) return;
    match.painted = on;
    if (on) this.highlight.add(match.range);
    else this.highlight.delete(match.range);
  }

  /** Text hidden by CSS (closed menus, collapsed sections, off-canvas drawers) is not marked. */
  private isVisible(node: Text): boolean {
    const el = node.parentElement;
    if (el === null) return false;
    if (typeof el.checkVisibility !== 'function') return true;
    let visible = this.visibility.get(el);
    if (visible === undefined) {
      visible = el.checkVisibility();
      this.visibility.set(el, visible);
    }
    return visible;
  }
}
