/**
 * Scans the page in short slices and keeps up with text added later.
 *
 * - Initial scan: chunk by chunk, yielding to the page whenever a slice has
 *   worked SLICE_BUDGET_MS, so no task of ours comes near the 50 ms that
 *   browsers report as a long task.
 * - Reading order: the blocks in view, then the article's body (see
 *   reading-order.ts), in slices that follow at once; then the rest of the
 *   page in idle time.
 * - Later changes: a MutationObserver collects what changed; after
 *   MUTATION_BATCH_MS we rescan only the blocks that changed, so work follows
 *   what was added, not the size of the page.
 *
 * What the scan costs is told to a ScanTiming (scan-timing.ts), which records
 * User Timing measures in a measuring build and does nothing in a release.
 *
 * - Open shadow roots: scanned after the rest of the page, and watched like
 *   it (src/page/shadow-roots.ts; the hook points below say "Shadow roots").
 *
 * Touches the DOM; never `browser`.
 */
import { type Matcher, type ScanPosition, type ScanResult, TEXT_SEPARATOR } from '../matching/matcher';
import { blockOf, ChunkWalker, insideSkipped, isInline, isSkippedElement, type TextChunk } from './collect-text';
import type { PageTerms } from './page-terms';
import { articleRoot, blocksInView } from './reading-order';
import { type ScanTiming, scanTiming, type Setup } from './scan-timing';
import { ShadowRoots, UNDEFINED_RECHECK_FOR_MS, UNDEFINED_RECHECK_MS } from './shadow-roots';
import { makeIdleYield, makeYield, type Yield } from './yielding';

/** Work per slice. Half a frame at 60 Hz leaves the page room to paint and answer input. */
export const SLICE_BUDGET_MS = 8;
/** Mutations are gathered this long before a rescan: a live ticker changing every frame costs one rescan per batch. */
export const MUTATION_BATCH_MS = 150;
/** Characters of text scanned in one matcher call, and between two readings of the clock (~0.1-0.5 ms of work). */
const BATCH_CHARS = 4_000;
/** A chunk longer than this is scanned in parts this long (~0.2-2 ms of matching each; more when dense with terms). */
const CHUNK_PART_CHARS = 20_000;
/** What the page's observer watches, in the document and in each open shadow root. */
const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export interface ScannerOptions {
  matcher: Matcher;
  terms: PageTerms;
  /** Our own UI's host element, never scanned. */
  host: () => Element | null;
  /**
   * The page load's set-up, whose last part runs in the first slice's task (and is counted in gloss:scan in a
   * measuring build); null when the scan is not the page load's (the reader turned Gloss back on).
   */
  setup: Setup | null;
  signal: AbortSignal;
  doc?: Document;
}

type ChunkSource = Pick<ChunkWalker, 'next' | 'save' | 'restore' | 'revisiting'>;

export class Scanner {
  private readonly doc: Document;
  private readonly yieldToPage: Yield;
  private readonly yieldUntilIdle: Yield;
  /** The matcher's output for a batch, and one chunk's share of it: reused batch after batch. */
  private readonly found: ScanResult = { matches: [], hints: [], hintStarts: [] };
  private readonly own: ScanResult = { matches: [], hints: [] };
  private readonly timing: ScanTiming;
  private observer: MutationObserver | null = null;
  private pendingRoots = new Set<Node>();
  private pruneNeeded = false;
  private batchTimer = 0;
  private busy = false;
  /** Shadow roots: found in the page and watched by the one observer; those found since the last batch. */
  private readonly shadows: ShadowRoots;
  private newShadowRoots: ShadowRoot[] = [];
  private recheckTimer = 0;
  private recheckUntil = 0;
  /**
   * When the task doing our work now started (NaN after a yield): a slice ends SLICE_BUDGET_MS after it, however
   * many walkers ran in the task. The set-up's last part runs in the first slice's task, and counts in it.
   */
  private taskStart = Number.NaN;

  constructor(private readonly options: ScannerOptions) {
    this.doc = options.doc ?? document;
    this.yieldToPage = makeYield(this.doc.defaultView as Window & typeof globalThis);
    this.yieldUntilIdle = makeIdleYield(this.doc.defaultView as Window & typeof globalThis);
    this.timing = scanTiming(options.setup);
    this.shadows = new ShadowRoots(this.doc, (root) => this.observer?.observe(root, OBSERVED));
  }

  /** Runs the initial scan, then watches for changes. */
  async start(): Promise<void> {
    const { setup, signal, terms } = this.options;
    const { timing } = this;
    const body = this.doc.body ?? this.doc.documentElement;
    // Watch from the start, so text added while we scan is not missed.
    this.observe();
    // What is in view, then the article, slice after slice; then the rest of the page in idle time.
    const host = this.options.host();
    const inView = blocksInView(this.doc).filter((el) => !insideSkipped(el, host));
    let article = articleRoot(this.doc);
    // The article is read with what is in view when it is inside a block in view.
    if (article !== null && (insideSkipped(article, host) || inView.some((el) => el.contains(article)))) article = null;
    // The set-up ends here; its last part, from the storage's reply, runs in this task with the first slice.
    if (setup !== null) this.taskStart = setup.resumedAt;
    timing.begin(performance.now());
    for (const block of inView) {
      await this.run(new ChunkWalker(block, host), signal, true, this.yieldToPage);
      if (signal.aborted) return;
    }
    if (article !== null) {
      await this.run(new ChunkWalker(article, host, inView), signal, true, this.yieldToPage);
      if (signal.aborted) return;
    }
    const first = article !== null ? [article, ...inView] : inView;
    if (first.length > 0) {
      await this.yieldWith(this.yieldUntilIdle);
      if (signal.aborted) return;
    }
    const rest = new ChunkWalker(body, host, first);
    await this.run(rest, signal, true, first.length > 0 ? this.yieldUntilIdle : this.yieldToPage);
    if (signal.aborted) return;
    // Shadow roots: their text, after the rest of the page, in idle time.
    await this.scanShadowRoots(body, signal);
    if (signal.aborted) return;
    const t = performance.now();
    terms.settle();
    timing.end(t, performance.now(), this.taskStart, terms.size > 0);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.batchTimer);
    clearTimeout(this.recheckTimer);
    this.pendingRoots.clear();
  }

  /**
   * Shadow roots: finds the open roots under `from` and scans each. The search shares the slice budget: it runs
   * on in the task of the walk before it, and yields when the slice's time is up; each stretch of it counts as a
   * slice of the initial scan.
   */
  private async scanShadowRoots(from: Node, signal: AbortSignal): Promise<void> {
    const host = this.options.host();
    let stretch = performance.now();
    if (Number.isNaN(this.taskStart)) this.taskStart = stretch;
    const roots = await this.shadows.find(from, host, {
      due: () => performance.now() - this.taskStart >= SLICE_BUDGET_MS,
      pause: async () => {
        this.timing.slice(stretch, performance.now(), this.taskStart, true, false);
        await this.yieldWith(this.yieldUntilIdle);
        stretch = this.taskStart = performance.now();
        return !signal.aborted;
      },
    });
    this.timing.slice(stretch, performance.now(), this.taskStart, true, false);
    for (const root of roots) {
      if (signal.aborted) break;
      await this.run(new ChunkWalker(root, host), signal, true, this.yieldUntilIdle);
    }
    // The settling after this runs in this task.
    if (Number.isNaN(this.taskStart)) this.taskStart = performance.now();
    this.scheduleRecheck();
  }

  /**
   * Shadow roots: custom elements waiting for their definition get a root with no mutation to tell us; look at
   * them again every UNDEFINED_RECHECK_MS, for UNDEFINED_RECHECK_FOR_MS after the last change.
   */
  private scheduleRecheck(): void {
    this.recheckUntil = performance.now() + UNDEFINED_RECHECK_FOR_MS;
    if (this.recheckTimer !== 0 || !this.shadows.waiting || this.options.signal.aborted) return;
    const win = this.doc.defaultView as Window & typeof globalThis;
    const recheck = () => {
      this.recheckTimer = 0;
      if (this.observer === null) return;
      const found = this.shadows.findIn([], this.options.host());
      if (found.length > 0) {
        this.newShadowRoots.push(...found);
        if (this.batchTimer === 0) this.batchTimer = win.setTimeout(() => void this.processBatch(), 0);
      }
      if (this.shadows.waiting && performance.now() < this.recheckUntil)
        this.recheckTimer = win.setTimeout(recheck, UNDEFINED_RECHECK_MS);
    };
    this.recheckTimer = win.setTimeout(recheck, UNDEFINED_RECHECK_MS);
  }

  /** Lets the page run; our next work starts a new task. */
  private async yieldWith(yieldToPage: Yield): Promise<void> {
    await yieldToPage();
    this.taskStart = Number.NaN;
  }

  /** Scans chunks from `walker` in slices; `initial`: for the page's initial scan (not a rescan). */
  private async run(
    walker: ChunkSource,
    signal: AbortSignal,
    initial: boolean,
    yieldToPage: Yield = this.yieldToPage,
  ): Promise<void> {
    const { matcher, terms } = this.options;
    /** A very long chunk being scanned part by part, and where its scan stands. */
    let part = null as { chunk: TextChunk; at: ScanPosition } | null;
    const batch: TextChunk[] = [];
    let done = false;
    while (!done) {
      const sliceStart = performance.now();
      // Walkers that follow one another without a yield (the blocks in view, then the article) share the task.
      if (Number.isNaN(this.taskStart)) this.taskStart = sliceStart;
      do {
        if (part !== null) {
          // A very long chunk (a 5 MB paragraph took 120-190 ms in one go, seconds when dense with terms) is
          // scanned a part at a time, with the clock read after each, so the page gets its turns in between.
          // Context words then count as "nearby" within a part of the paragraph rather than all of it.
          const { chunk, at } = part;
          const from = at.next;
          terms.addChunk(chunk, matcher.scanPart(chunk.text, { matches: [], hints: [] }, at, from + CHUNK_PART_CHARS));
          this.timing.scanned(Math.min(chunk.text.length, at.next) - from);
          if (at.next >= chunk.text.length) part = null;
          continue;
        }
        // Blocks are gathered into one text of about BATCH_CHARS and scanned in one call (see TEXT_SEPARATOR).
        let chars = 0;
        let chunk: TextChunk | null;
        const walkStart = performance.now();
        while ((chunk = walker.next()) !== null) {
          // A rescan reads text scanned before: forget the old matches of each chunk as it reaches it.
          if (walker.revisiting) terms.forgetNodes(chunk.nodes);
          if (chunk.text.length > CHUNK_PART_CHARS) {
            part = { chunk, at: { next: 0, lastEnd: 0 } };
            break;
          }
          batch.push(chunk);
          chars += chunk.text.length;
          if (chars >= BATCH_CHARS) break;
        }
        this.timing.part('walk', performance.now() - walkStart);
        this.scanBatch(batch);
        batch.length = 0;
        if (chunk === null) done = true;
      } while (!done && performance.now() - this.taskStart < SLICE_BUDGET_MS);
      this.timing.slice(sliceStart, performance.now(), this.taskStart, initial, terms.size > 0);
      if (done || signal.aborted) return;
      walker.save();
      await this.yieldWith(yieldToPage);
      if (signal.aborted) return;
      walker.restore();
    }
  }

  /** Scans a batch of chunks in one matcher call, and gives each chunk its own matches and context words. */
  private scanBatch(chunks: readonly TextChunk[]): void {
    if (chunks.length === 0) return;
    const { matcher } = this.options;
    const found = this.found;
    const { matches, hints, hintStarts = [] } = found;
    matches.length = 0;
    hints.length = 0;
    hintStarts.length = 0;
    const t0 = performance.now();
    const text = chunks.length === 1 ? chunks[0].text : chunks.map((c) => c.text).join(TEXT_SEPARATOR);
    matcher.scan(text, found);
    this.timing.scanned(text.length);
    const t1 = performance.now();
    this.timing.part('match', t1 - t0);
    if (matches.length === 0 && hints.length === 0) return;
    this.distribute(chunks, found);
    this.timing.part('mark', performance.now() - t1);
  }

  /** Gives each chunk of a batch its own matches and context words (positions in the batch's text). */
  private distribute(chunks: readonly TextChunk[], found: ScanResult): void {
    const { terms } = this.options;
    const { matches, hints, hintStarts = [] } = found;
    const own = this.own;
    let m = 0;
    let h = 0;
    let offset = 0;
    for (const chunk of chunks) {
      const end = offset + chunk.text.length;
      own.matches.length = 0;
      own.hints.length = 0;
      for (; m < matches.length && matches[m] < end; m += 3)
        own.matches.push(matches[m] - offset, matches[m + 1] - offset, matches[m + 2]);
      for (; h < hints.length && hintStarts[h] < end; h++) own.hints.push(hints[h]);
      if (own.matches.length > 0 || own.hints.length > 0) terms.addChunk(chunk, own);
      if (m >= matches.length && h >= hints.length) return;
      offset = end + TEXT_SEPARATOR.length;
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
    this.observer.observe(this.doc.documentElement, OBSERVED);
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
    // A timer's task: our work in it starts now.
    this.taskStart = Number.NaN;
    try {
      const { terms, signal } = this.options;
      if (this.pruneNeeded) {
        this.pruneNeeded = false;
        terms.pruneDisconnected();
      }
      const { timing } = this;
      const start = performance.now();
      timing.rescanBegin(start);
      // Shadow roots attached in what was added (or by an upgrade) are scanned whole, and watched from now on.
      const attached = [...this.newShadowRoots, ...this.shadows.findIn(this.pendingRoots, this.options.host())];
      this.newShadowRoots = [];
      if (attached.length > 0 || this.shadows.waiting) this.scheduleRecheck();
      const roots: Node[] = [...this.blocksToRescan(), ...attached];
      timing.rescanWork(performance.now() - start);
      for (const root of roots) {
        if (signal.aborted) return;
        const walker = new ChunkWalker(root, this.options.host());
        walker.revisiting = true;
        await this.run(walker, signal, false);
      }
      const t = performance.now();
      terms.settle();
      timing.rescanWork(performance.now() - t);
      timing.rescanEnd(roots.length);
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
