/**
 * The measures a measuring build records for the benchmark and the profiler:
 *
 * - `gloss:scan`: one per page load, from the start of the content script's main() to the last mark of the initial
 *   scan. Its duration is our working time (set-up plus slices), not the wall time between slices; its detail is
 *   the scan's ScanStats.
 * - `gloss:first-marks`: the wall time from main() to the first slice that marked something.
 * - `gloss:rescan`: one per batch of changes, its working time (detail: blocks, characters).
 * - `gloss:card-visible`: from a card's request to the frame that paints it (detail: when it was ready).
 *
 * Content scripts share the page's performance timeline, so any site could read these: it could tell Gloss is
 * installed and time every card the reader opens. So only a build made with GLOSS_MEASURE=1 records them
 * (wxt.config.ts defines __GLOSS_MEASURE__). In the release build MEASURING is the constant false: the functions
 * below return the no-op timings, and the bundler drops the measuring classes altogether
 * (tests/e2e/silence.test.ts checks the release bundle holds none of the names, and that a page sees nothing).
 *
 * Touches `performance`; never the DOM beyond a frame callback, never `browser`.
 */

declare const __GLOSS_MEASURE__: boolean;

/** True only in a build made with GLOSS_MEASURE=1. */
export const MEASURING: boolean = __GLOSS_MEASURE__;

export const SCAN_MEASURE = 'gloss:scan';
export const FIRST_MARKS_MEASURE = 'gloss:first-marks';
export const RESCAN_MEASURE = 'gloss:rescan';
/** For the benchmark: how long a card takes to show once asked for (never a test assertion). */
export const CARD_VISIBLE_MEASURE = 'gloss:card-visible';

/** Intervals of work kept in gloss:scan's detail: the first ones, where the page's long tasks matter most. */
const MAX_INTERVALS = 100;

/** What the initial scan cost, for the profiler and the benchmark (never for a test assertion). */
export interface ScanStats {
  /** From main() to the first slice: loading the alias table, building the matcher. */
  setup: number;
  slices: number;
  /**
   * The longest task the scan ran: a slice, or the set-up's last part with the first slice (one task). Should
   * stay far below 50 ms.
   */
  longestTask: number;
  /**
   * Where the work was ([start, end] on the page's clock, the first 100): the benchmark tells the page's long
   * tasks that hold some of it from those that hold none.
   */
  intervals: [number, number][];
  /** Wall time from main() to the end of the scan (the waits between slices included). */
  wall: number;
  /** The slices' working time split: collecting text, matching it, and marking what matched. */
  walk: number;
  match: number;
  mark: number;
}

/**
 * The content script's work before the scan: from main() to the storage read, and from its reply on (parsing
 * the alias table, building the matcher and the scanner) to the first slice. The waits between are not work.
 * `resumedAt` (when the set-up's last part began) is kept in every build: the scanner counts that part in its
 * first slice's budget, since both run in one task.
 */
export interface Setup {
  readonly resumedAt: number;
  /** The set-up waits (for storage, for the background) from now. */
  wait(): void;
  /** The set-up works again from now. */
  resume(): void;
}

/** What the scanner tells its timing. Every method is a no-op in the release build. */
export interface ScanTiming {
  /** The set-up ends and the initial scan's first slice starts at `now`. */
  begin(now: number): void;
  /** A slice ran from start to end, in a task that began at taskStart; `initial`: of the page load's scan. */
  slice(start: number, end: number, taskStart: number, initial: boolean, marked: boolean): void;
  /** Time spent in a slice collecting text, matching it, and marking what matched. */
  part(kind: 'walk' | 'match' | 'mark', ms: number): void;
  /** Characters matched. */
  scanned(chars: number): void;
  /** The initial scan settled from `from` to `to`, in the task that began at taskStart. */
  end(from: number, to: number, taskStart: number, marked: boolean): void;
  /** A batch of changes is rescanned from now. */
  rescanBegin(now: number): void;
  /** Work outside slices in a rescan (finding the blocks, settling). */
  rescanWork(ms: number): void;
  rescanEnd(blocks: number): void;
}

/** Starts timing the set-up at main(): gloss:scan starts here. */
export function startSetup(): Setup {
  return MEASURING ? new MeasuredSetup() : new PlainSetup();
}

/** The scanner's timing: the page load's set-up when this scan is the page load's, else null (no gloss:scan). */
export function scanTiming(setup: Setup | null): ScanTiming {
  return MEASURING ? new MeasuredScan(setup instanceof MeasuredSetup ? setup : null) : NO_TIMING;
}

/** Records gloss:card-visible in the frame after `placedAt`, if the card is still open then. */
export function cardVisible(win: Window, requested: number, stillOpen: () => boolean): void {
  if (!MEASURING) return;
  // From the request (the dwell's end, for a hover) to the frame that paints the card; the detail says when
  // the card was built and placed, ready for that frame.
  const ready = performance.now() - requested;
  win.requestAnimationFrame(() => {
    if (stillOpen())
      performance.measure(CARD_VISIBLE_MEASURE, { start: requested, end: performance.now(), detail: { ready } });
  });
}

/** A scan that threw: said on the console in a measuring build; the release build says nothing to the page. */
export function reportScanStopped(error: unknown): void {
  if (MEASURING) console.warn('Gloss: scan stopped', error);
}

class PlainSetup implements Setup {
  resumedAt = performance.now();
  wait(): void {}
  resume(): void {
    this.resumedAt = performance.now();
  }
}

const noop = () => {};
const NO_TIMING: ScanTiming = {
  begin: noop,
  slice: noop,
  part: noop,
  scanned: noop,
  end: noop,
  rescanBegin: noop,
  rescanWork: noop,
  rescanEnd: noop,
};

class MeasuredSetup implements Setup {
  readonly startedAt = performance.now();
  /** The intervals of work; the last one is left open (NaN) for the scanner to close. */
  readonly intervals: [start: number, end: number][] = [[this.startedAt, Number.NaN]];
  resumedAt = this.startedAt;
  wait(): void {
    const last = this.intervals.at(-1)!;
    if (Number.isNaN(last[1])) last[1] = performance.now();
  }
  resume(): void {
    this.resumedAt = performance.now();
    this.intervals.push([this.resumedAt, Number.NaN]);
  }
}

class MeasuredScan implements ScanTiming {
  /** The initial scan's figures, also attached to the gloss:scan measure as its `detail`. */
  private readonly stats: ScanStats = {
    setup: 0,
    slices: 0,
    longestTask: 0,
    intervals: [],
    wall: 0,
    walk: 0,
    match: 0,
    mark: 0,
  };
  private scanWork = 0;
  private firstMarksMeasured = false;
  private rescanStart = 0;
  private rescanWorked = 0;
  /** Characters scanned since the last rescan began (for gloss:rescan's detail). */
  private chars = 0;

  constructor(private readonly setup: MeasuredSetup | null) {}

  begin(now: number): void {
    if (this.setup === null) return;
    const last = this.setup.intervals.at(-1)!;
    if (Number.isNaN(last[1])) last[1] = now;
    this.stats.intervals.push(...this.setup.intervals);
    for (const [from, to] of this.setup.intervals) this.stats.setup += to - from;
    this.scanWork = this.stats.setup;
  }

  slice(start: number, end: number, taskStart: number, initial: boolean, marked: boolean): void {
    if (!initial) {
      this.rescanWorked += end - start;
      return;
    }
    this.scanWork += end - start;
    const { stats } = this;
    stats.slices++;
    stats.longestTask = Math.max(stats.longestTask, end - taskStart);
    if (stats.intervals.length < MAX_INTERVALS) stats.intervals.push([start, end]);
    this.markFirst(marked);
  }

  part(kind: 'walk' | 'match' | 'mark', ms: number): void {
    this.stats[kind] += ms;
  }

  scanned(chars: number): void {
    this.chars += chars;
  }

  end(from: number, to: number, taskStart: number, marked: boolean): void {
    const { stats, setup } = this;
    this.scanWork += to - from;
    // Settling runs in the task of the last slice (nothing yields between).
    stats.longestTask = Math.max(stats.longestTask, to - taskStart);
    const last = stats.intervals.at(-1);
    if (last !== undefined && stats.slices < MAX_INTERVALS) last[1] = to;
    this.markFirst(marked);
    if (setup === null) return;
    stats.wall = performance.now() - setup.startedAt;
    stats.intervals = stats.intervals.slice(0, MAX_INTERVALS);
    performance.measure(SCAN_MEASURE, { start: setup.startedAt, duration: this.scanWork, detail: { ...stats } });
  }

  rescanBegin(now: number): void {
    this.rescanStart = now;
    this.rescanWorked = 0;
    this.chars = 0;
  }

  rescanWork(ms: number): void {
    this.rescanWorked += ms;
  }

  rescanEnd(blocks: number): void {
    performance.measure(RESCAN_MEASURE, {
      start: this.rescanStart,
      duration: this.rescanWorked,
      detail: { blocks, chars: this.chars },
    });
  }

  /** Records gloss:first-marks once, when the page load's scan has marked something. */
  private markFirst(marked: boolean): void {
    if (this.firstMarksMeasured || this.setup === null || !marked) return;
    this.firstMarksMeasured = true;
    performance.measure(FIRST_MARKS_MEASURE, { start: this.setup.startedAt, end: performance.now() });
  }
}
