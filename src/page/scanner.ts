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
 * - Later changes: a MutationObserver collects what changed; after
 *   MUTATION_BATCH_MS we rescan only the blocks that changed, so work follows
 *   what was added, not the size of the page.
 *
 * Touches the DOM; never `browser`.
 */
import type { Matcher, ScanPosition } from '../matching/matcher';
import { blockOf, ChunkWalker, isInline, isSkippedElement, type TextChunk } from './collect-text';
import type { PageTerms } from './page-terms';

/** Work per slice. Half a frame at 60 Hz leaves the page room to paint and answer input. */
export const SLICE_BUDGET_MS = 8;
/** Mutations are gathered this long before a rescan: a live ticker changing every frame costs one rescan per batch. */
export const MUTATION_BATCH_MS = 150;
export const SCAN_MEASURE = 'gloss:scan';
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
}

type Yield = () => Promise<void>;
type ChunkSource = Pick<ChunkWalker, 'next' | 'save' | 'restore' | 'revisiting'>;

function makeYield(win: Window & typeof globalThis): Yield {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () => new Promise((resolve) => win.setTimeout(resolve, 0));
}

export class Scanner {
  private readonly doc: Document;
  private readonly yieldToPage: Yield;
  private observer: MutationObserver | null = null;
  private pendingRoots = new Set<Node>();
  private pruneNeeded = false;
  private batchTimer = 0;
  private busy = false;
  /** The initial scan's figures, also attached to the gloss:scan measure as its `detail`. */
  readonly stats: ScanStats = { setup: 0, slices: 0, longestTask: 0 };

  constructor(private readonly options: ScannerOptions) {
    this.doc = options.doc ?? document;
    this.yieldToPage = makeYield(this.doc.defaultView as Window & typeof globalThis);
  }

  /** Runs the initial scan, records gloss:scan, then watches for changes. */
  async start(): Promise<void> {
    const { startedAt, signal } = this.options;
    const body = this.doc.body ?? this.doc.documentElement;
    // Watch from the start, so text added while we scan is not missed.
    this.observe();
    const walker = new ChunkWalker(body, this.options.host());
    this.stats.setup = this.options.setupWork;
    this.stats.longestTask = this.options.setupWork;
    let work = this.stats.setup;
    work += await this.run(walker, signal, this.stats);
    if (signal.aborted) return;
    const t = performance.now();
    this.options.terms.settle();
    const settle = performance.now() - t;
    work += settle;
    this.stats.longestTask = Math.max(this.stats.longestTask, settle);
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

  /** Scans chunks from `walker` in slices; returns the working time spent. */
  private async run(walker: ChunkSource, signal: AbortSignal, stats?: ScanStats): Promise<number> {
    const { matcher, terms } = this.options;
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
          terms.addChunk(chunk, matcher.scan(chunk.text));
          charsSinceCheck += chunk.text.length;
        } else {
          // A very long chunk (a 5 MB paragraph took 120-190 ms in one go, seconds when dense with terms) is
          // scanned a part at a time, with the clock read after each, so the page gets its turns in between.
          // Context words then count as "nearby" within a part of the paragraph rather than all of it.
          part ??= { chunk, at: { next: 0, lastEnd: 0 } };
          const until = part.at.next + CHUNK_PART_CHARS;
          terms.addChunk(chunk, matcher.scanPart(chunk.text, { matches: [], hints: [] }, part.at, until));
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
      }
      if (chunk === null || signal.aborted) return work;
      walker.save();
      await this.yieldToPage();
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
      const roots = this.blocksToRescan();
      for (const root of roots) {
        if (signal.aborted) return;
        const walker = new ChunkWalker(root, this.options.host());
        // A rescan reads text scanned before: forget the old matches of each chunk as it reaches it.
        walker.revisiting = true;
        await this.run(walker, signal);
      }
      terms.settle();
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
