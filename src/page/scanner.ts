/**
 * Scans the page in short slices and keeps up with text added later.
 *
 * - Initial scan: chunk by chunk, yielding to the page whenever a slice has
 *   worked SLICE_BUDGET_MS, so no task of ours comes near the 50 ms that
 *   browsers report as a long task.
 * - `gloss:scan`: one User Timing measure per page load, from the start of the
 *   content script's main() to the last mark of the initial scan, whose
 *   duration is our working time (set-up plus slices), not the wall time
 *   between slices.
 * - Reading order: the article's body first (see reading-order.ts), in
 *   slices that follow at once; then the rest of the page in idle time.
 *   `gloss:first-marks` measures the wall time from main() to the first
 *   slice that marked something.
 * - Later changes: a MutationObserver collects what changed; after
 *   MUTATION_BATCH_MS we rescan only the blocks that changed, so work follows
 *   what was added, not the size of the page. Each batch records a
 *   `gloss:rescan` measure (its working time; detail: blocks, characters).
 *
 * Touches the DOM; never `browser`.
 */
import type { Matcher, ScanPosition, ScanResult } from '../matching/matcher';
import { blockOf, ChunkWalker, isInline, isSkippedElement, type TextChunk } from './collect-text';
import type { PageTerms } from './page-terms';
import { articleRoot } from './reading-order';

/** Work per slice. Half a frame at 60 Hz leaves the page room to paint and answer input. */
export const SLICE_BUDGET_MS = 8;
/** Mutations are gathered this long before a rescan: a live ticker changing every frame costs one rescan per batch. */
export const MUTATION_BATCH_MS = 150;
export const SCAN_MEASURE = 'gloss:scan';
export const FIRST_MARKS_MEASURE = 'gloss:first-marks';
export const RESCAN_MEASURE = 'gloss:rescan';
/** The rest of the page waits for idle time, but never longer than this (a page that is never idle). */
const IDLE_TIMEOUT_MS = 200;
/** How often a slice reads the clock: every so many chunks, or after so many characters (~0.1 ms of matching). */
const CLOCK_EVERY = 16;
const CLOCK_CHARS = 20_000;
/** A chunk longer than this is scanned in parts this long (~0.2-2 ms of matching each; more when dense with terms). */
const CHUNK_PART_CHARS = 20_000;

export interface ScannerOptions {
  matcher: Matcher;
  terms: PageTerms;
  /** Our own UI's host element, never scanned. */
  host: () => Element | null;
  /** performance.now() when main() started: where gloss:scan starts. */
  startedAt: number;
  /**
   * Working time already spent before the scanner (loading the alias table, building the matcher), counted in
   * gloss:scan. Not the wall time since `startedAt`: reading the settings in between is a wait, not work.
   */
  setupWork: number;
  /** Record gloss:scan (the page load's scan; not a rescan after the reader turns Gloss back on). */
  measure: boolean;
  signal: AbortSignal;
  doc?: Document;
}

/** What the initial scan cost, for the profiler and the benchmark (never for a test assertion). */
export interface ScanStats {
  /** From main() to the first slice: loading the alias table, building the matcher. */
  setup: number;
  slices: number;
  /** The longest task the scan ran (the set-up is one). Should stay far below 50 ms. */
  longestTask: number;
  /** Wall time from main() to the end of the scan (the waits between slices included). */
  wall: number;
}

type Yield = () => Promise<void>;
type ChunkSource = Pick<ChunkWalker, 'next' | 'save' | 'restore' | 'revisiting'>;

function makeYield(win: Window & typeof globalThis): Yield {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return whenHidden(win, () => scheduler.yield!());
  return whenHidden(win, () => new Promise((resolve) => win.setTimeout(resolve, 0)));
}

/** Yields until the page is idle (requestIdleCallback where there is one). */
function makeIdleYield(win: Window & typeof globalThis): Yield {
  if (typeof win.requestIdleCallback !== 'function') return makeYield(win);
  return whenHidden(
    win,
    () => new Promise((resolve) => win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS })),
  );
}

/**
 * `visible` while the page is shown; in a hidden tab, a yield the browser does not throttle. Chromium and
 * Firefox run a background tab's timers and idle callbacks about once a second, so a re-scan there (the reader
 * changed a setting in another tab, or the page changed while hidden) took a second a slice: in Firefox ESR 153
 * a hidden seed article was still unmarked ten seconds after a change. A message on a MessageChannel is a task
 * that is not throttled; the work is still cut into slices with the page's own tasks in between.
 */
function whenHidden(win: Window & typeof globalThis, visible: Yield): Yield {
  if (typeof MessageChannel !== 'function') return visible;
  let channel: MessageChannel | null = null;
  const waiting: (() => void)[] = [];
  const hidden: Yield = () =>
    new Promise((resolve) => {
      if (channel === null) {
        channel = new MessageChannel();
        channel.port1.addEventListener('message', () => waiting.shift()?.());
        channel.port1.start();
      }
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  return () => (win.document.hidden ? hidden() : visible());
}

export class Scanner {
  private readonly doc: Document;
  private readonly yieldToPage: Yield;
  private readonly yieldUntilIdle: Yield;
  /** The matcher's output, reused chunk after chunk. */
  private readonly found: ScanResult = { matches: [], hints: [] };
  /** Characters scanned by the current run (for gloss:rescan's detail). */
  private chars = 0;
  private firstMarksMeasured = false;
  private observer: MutationObserver | null = null;
  private pendingRoots = new Set<Node>();
  private pruneNeeded = false;
  private batchTimer = 0;
  private busy = false;
  /** The initial scan's figures, also attached to the gloss:scan measure as its `detail`. */
  readonly stats: ScanStats = { setup: 0, slices: 0, longestTask: 0, wall: 0 };

  constructor(private readonly options: ScannerOptions) {
    this.doc = options.doc ?? document;
    this.yieldToPage = makeYield(this.doc.defaultView as Window & typeof globalThis);
    this.yieldUntilIdle = makeIdleYield(this.doc.defaultView as Window & typeof globalThis);
  }

  /** Runs the initial scan, records gloss:scan, then watches for changes. */
  async start(): Promise<void> {
    const { startedAt, signal } = this.options;
    const body = this.doc.body ?? this.doc.documentElement;
    // Watch from the start, so text added while we scan is not missed.
    this.observe();
    this.stats.setup = this.options.setupWork;
    this.stats.longestTask = this.options.setupWork;
    let work = this.stats.setup;
    // The article first, slice after slice; then the rest of the page (without the article) in idle time.
    const t0 = performance.now();
    const article = articleRoot(this.doc);
    work += performance.now() - t0;
    if (article !== null) {
      work += await this.run(new ChunkWalker(article, this.options.host()), signal, this.stats, this.yieldToPage);
      if (signal.aborted) return;
      await this.yieldUntilIdle();
      if (signal.aborted) return;
    }
    const rest = new ChunkWalker(body, this.options.host(), article);
    work += await this.run(rest, signal, this.stats, article !== null ? this.yieldUntilIdle : this.yieldToPage);
    if (signal.aborted) return;
    const t = performance.now();
    this.options.terms.settle();
    const settle = performance.now() - t;
    work += settle;
    this.stats.longestTask = Math.max(this.stats.longestTask, settle);
    this.markFirst();
    this.stats.wall = performance.now() - startedAt;
    if (this.options.measure) {
      performance.measure(SCAN_MEASURE, { start: startedAt, duration: work, detail: { ...this.stats } });
    }
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.batchTimer);
    this.pendingRoots.clear();
  }

  /** Records gloss:first-marks once, when the page load's scan has marked something. */
  private markFirst(): void {
    if (this.firstMarksMeasured || !this.options.measure || this.options.terms.size === 0) return;
    this.firstMarksMeasured = true;
    performance.measure(FIRST_MARKS_MEASURE, { start: this.options.startedAt, end: performance.now() });
  }

  /** Scans chunks from `walker` in slices; returns the working time spent. */
  private async run(
    walker: ChunkSource,
    signal: AbortSignal,
    stats?: ScanStats,
    yieldToPage: Yield = this.yieldToPage,
  ): Promise<number> {
    const { matcher, terms } = this.options;
    const found = this.found;
    let work = 0;
    /** A very long chunk being scanned part by part, and where its scan stands. */
    let part = null as { chunk: TextChunk; at: ScanPosition } | null;
    for (;;) {
      const sliceStart = performance.now();
      let chunk: TextChunk | null = part?.chunk ?? walker.next();
      let sinceCheck = 0;
      let charsSinceCheck = 0;
      while (chunk !== null) {
        if (walker.revisiting && part === null) terms.forgetNodes(chunk.nodes);
        if (part === null && chunk.text.length <= CHUNK_PART_CHARS) {
          found.matches.length = 0;
          found.hints.length = 0;
          terms.addChunk(chunk, matcher.scan(chunk.text, found));
          charsSinceCheck += chunk.text.length;
          this.chars += chunk.text.length;
        } else {
          // A very long chunk (a 5 MB paragraph took 120-190 ms in one go, seconds when dense with terms) is
          // scanned a part at a time, with the clock read after each, so the page gets its turns in between.
          // Context words then count as "nearby" within a part of the paragraph rather than all of it.
          part ??= { chunk, at: { next: 0, lastEnd: 0 } };
          const from = part.at.next;
          const until = from + CHUNK_PART_CHARS;
          terms.addChunk(chunk, matcher.scanPart(chunk.text, { matches: [], hints: [] }, part.at, until));
          this.chars += Math.min(chunk.text.length, part.at.next) - from;
          if (part.at.next >= chunk.text.length) part = null;
          charsSinceCheck = CLOCK_CHARS;
        }
        // Reading the clock after every chunk cost ~2 ms a page (most chunks are a few words): read it every
        // CLOCK_EVERY chunks, or sooner after a lot of text.
        if (++sinceCheck >= CLOCK_EVERY || charsSinceCheck >= CLOCK_CHARS) {
          sinceCheck = 0;
          charsSinceCheck = 0;
          if (performance.now() - sliceStart >= SLICE_BUDGET_MS) break;
        }
        chunk = part?.chunk ?? walker.next();
      }
      const sliceEnd = performance.now();
      work += sliceEnd - sliceStart;
      if (stats) {
        stats.slices++;
        stats.longestTask = Math.max(stats.longestTask, sliceEnd - sliceStart);
        this.markFirst();
      }
      if (chunk === null || signal.aborted) return work;
      walker.save();
      await yieldToPage();
      if (signal.aborted) return work;
      walker.restore();
    }
  }

  private observe(): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.observer = new win.MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') {
          this.pendingRoots.add(record.target);
        } else {
          for (const node of record.addedNodes) this.pendingRoots.add(node);
          if (record.removedNodes.length > 0) this.pruneNeeded = true;
        }
      }
      if (this.batchTimer === 0) this.batchTimer = win.setTimeout(() => void this.processBatch(), MUTATION_BATCH_MS);
    });
    this.observer.observe(this.doc.documentElement, { childList: true, characterData: true, subtree: true });
    this.options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Rescans the blocks that changed since the last batch. */
  private async processBatch(): Promise<void> {
    this.batchTimer = 0;
    if (this.busy) {
      // The previous batch is still slicing; pick these up after it.
      const win = this.doc.defaultView as Window & typeof globalThis;
      this.batchTimer = win.setTimeout(() => void this.processBatch(), MUTATION_BATCH_MS);
      return;
    }
    this.busy = true;
    try {
      const { terms, signal } = this.options;
      if (this.pruneNeeded) {
        this.pruneNeeded = false;
        terms.pruneDisconnected();
      }
      const start = performance.now();
      const roots = this.blocksToRescan();
      let work = performance.now() - start;
      this.chars = 0;
      for (const root of roots) {
        if (signal.aborted) return;
        const walker = new ChunkWalker(root, this.options.host());
        // A rescan reads text scanned before: forget the old matches of each chunk as it reaches it.
        walker.revisiting = true;
        work += await this.run(walker, signal);
      }
      const t = performance.now();
      terms.settle();
      work += performance.now() - t;
      performance.measure(RESCAN_MEASURE, {
        start,
        duration: work,
        detail: { blocks: roots.length, chars: this.chars },
      });
    } finally {
      this.busy = false;
    }
  }

  /**
   * The blocks containing what changed, without duplicates or blocks inside
   * other blocks of the batch, and without anything inside text we skip.
   */
  private blocksToRescan(): Node[] {
    const host = this.options.host();
    const blocks = new Set<Node>();
    for (const node of this.pendingRoots) {
      if (!node.isConnected) continue;
      const block = node.nodeType === 1 && !isInline(node as Element) ? node : blockOf(node);
      if (block !== null) blocks.add(block);
    }
    this.pendingRoots = new Set();
    const result: Node[] = [];
    for (const block of blocks) {
      let covered = false;
      for (let a: Node | null = block; a !== null && !covered; a = a.parentNode) {
        if (a !== block && blocks.has(a)) covered = true;
        else if (a.nodeType === 1 && isSkippedElement(a as Element, host)) covered = true;
      }
      if (!covered) result.push(block);
    }
    return result;
  }
}
