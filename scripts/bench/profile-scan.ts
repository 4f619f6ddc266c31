/**
 * `tsx scripts/bench/profile-scan.ts <page path> [loads]`: a CPU profile of Gloss's first scan of a page (the
 * content script runs in the page's renderer, so the page target's profiler sees it), summed by function. A
 * tool for finding where gloss:scan goes, not a figure the README quotes.
 */
import { launch, startServer, waitForScan } from '../../tests/e2e/harness';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const path = process.argv[2] ?? '/demo/japan-nato-ukraine.html';
const loads = Number(process.argv[3] ?? 3);
const server = await startServer();
const browser = await launch();
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
try {
  for (let i = 0; i < loads; i++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 100) });
    await cdp.send('Profiler.start');
    await page.goto(server.origin + path, { waitUntil: 'load' });
    const scan = await waitForScan(page);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, k) => {
      const n = byId.get(id)!;
      const dt0 = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let a: number | undefined = id; a !== undefined; a = parent.get(a)) {
        const f = byId.get(a)!.callFrame;
        if (!f.url.includes('chrome-extension')) continue;
        const key = `${f.functionName || '(anon)'}:${f.columnNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + dt0);
      }
      const f = n.callFrame;
      if (!f.url.includes('chrome-extension') && !['(garbage collector)'].includes(f.functionName) && f.url !== '')
        return;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').at(-1)}:${f.lineNumber}:${f.columnNumber}`;
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + dt);
    });
    total += scan;
    console.log(`load ${i}: gloss:scan ${scan.toFixed(1)} ms`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`mean gloss:scan ${(total / loads).toFixed(1)} ms; self time per load (ms):`);
for (const [k, v] of [...self].toSorted((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${(v / loads).toFixed(2).padStart(7)}  ${k}`);
console.log('inclusive (ms per load):');
for (const [k, v] of [...inclusive].toSorted((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${(v / loads).toFixed(2).padStart(7)}  ${k}`);
