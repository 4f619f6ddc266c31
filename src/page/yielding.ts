/**
 * How the scanner lets the page run between its slices: the soonest turn (scheduler.yield, or a timeout), or
 * the page's idle time; and in a hidden tab, a turn the browser does not throttle. Touches the window; never
 * `browser`.
 */

/** The rest of the page waits for idle time, but never longer than this (a page that is never idle). */
const IDLE_TIMEOUT_MS = 200;

export type Yield = () => Promise<void>;

export function makeYield(win: Window & typeof globalThis): Yield {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return whenHidden(win, () => scheduler.yield!());
  return whenHidden(win, () => new Promise((resolve) => win.setTimeout(resolve, 0)));
}

/** Yields until the page is idle (requestIdleCallback where there is one). */
export function makeIdleYield(win: Window & typeof globalThis): Yield {
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
