/**
 * A page that grows after the first scan: 1,000 paragraphs appended in batches. Gloss's work per batch
 * (gloss:rescan) should follow what was added, not the size of the page; compared with a full scan of the same
 * final page loaded whole.
 */
import type { Page } from 'playwright-core';
import { launch, startServer, waitForScan } from '../../tests/e2e/harness';
import { median } from './corpus';

const SENTENCES = [
  'NATO allies met in Brussels to discuss support for Ukraine and the next round of sanctions on Russia.',
  "Japan's Self-Defense Forces joined the exercise, and the Diet debated the defence budget late into the night.",
  'The European Union said the ceasefire would be monitored, while the IAEA sent inspectors to Zaporizhzhia.',
  'Markets were calm; the reporter spoke to farmers, teachers and shop owners about the price of bread and fuel.',
  'The United Nations Security Council will vote on the resolution next week, diplomats said on Tuesday.',
];

function paragraph(i: number): string {
  return `<p>${i}. ${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 3 + 1) % SENTENCES.length]}</p>`;
}

function pageHtml(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live updates</title></head>
<body><header><nav>Home · World · Politics</nav></header><article><h1>Live updates</h1>${body}</article>
<script>
  window.__append = (from, count) => {
    const article = document.querySelector('article');
    const html = ${JSON.stringify(SENTENCES)};
    for (let i = from; i < from + count; i++) {
      const p = document.createElement('p');
      p.textContent = i + '. ' + html[i % html.length] + ' ' + html[(i * 3 + 1) % html.length];
      article.append(p);
    }
  };
</script></body></html>`;
}

async function marks(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0);
}

export async function dynamicPage({ quick = false } = {}): Promise<void> {
  const batches = quick ? 3 : 20;
  const perBatch = 50;
  const initial = 20;
  const server = await startServer();
  const growing = server.put('/dynamic/growing.html', pageHtml(initial));
  const whole = server.put('/dynamic/whole.html', pageHtml(initial + batches * perBatch));
  const browser = await launch();
  const rescans: { ms: number; chars: number }[] = [];
  let grownMarks = 0;
  const fulls: number[] = [];
  let wholeMarks = 0;
  try {
    const page = await browser.context.newPage();
    await page.goto(growing, { waitUntil: 'load' });
    await waitForScan(page);
    for (let b = 0; b < batches; b++) {
      await page.evaluate(
        ([from, count]) => (window as unknown as { __append(f: number, c: number): void }).__append(from, count),
        [initial + b * perBatch, perBatch] as const,
      );
      const handle = await page.waitForFunction((n) => {
        const e = performance.getEntriesByName('gloss:rescan');
        return e.length > n ? { ms: e[n].duration, chars: (e[n] as PerformanceMeasure).detail.chars as number } : null;
      }, b);
      rescans.push((await handle.jsonValue())!);
    }
    grownMarks = await marks(page);
    await page.close();
    for (let i = 0; i < (quick ? 1 : 5); i++) {
      const p = await browser.context.newPage();
      await p.goto(whole, { waitUntil: 'load' });
      const scan = await waitForScan(p);
      const setup = await p.evaluate(
        () => (performance.getEntriesByName('gloss:scan')[0] as PerformanceMeasure).detail.setup as number,
      );
      fulls.push(scan - setup);
      wholeMarks = await marks(p);
      await p.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const total = rescans.reduce((s, r) => s + r.ms, 0);
  console.log(
    `\nDynamic page: ${batches} batches of ${perBatch} paragraphs appended after the first scan. Per batch: median ${median(rescans.map((r) => r.ms)).toFixed(1)} ms, max ${Math.max(...rescans.map((r) => r.ms)).toFixed(1)} ms, ${median(rescans.map((r) => r.chars))} characters scanned (first batch ${rescans[0].ms.toFixed(1)} ms, last ${rescans.at(-1)!.ms.toFixed(1)} ms); all batches ${total.toFixed(1)} ms`,
  );
  console.log(
    `  a full scan of the final page (${initial + batches * perBatch} paragraphs, set-up left out): median ${median(fulls).toFixed(1)} ms; marks ${grownMarks} grown, ${wholeMarks} loaded whole`,
  );
}
