import { describe, expect, it } from 'vitest';
import { unreachableReason } from '../../src/popup/page-status';

describe('why Gloss cannot run on a tab', () => {
  it.each([
    ['chrome://settings/', /browser’s own pages/],
    ['about:addons', /browser’s own pages/],
    ['chrome-extension://abc/popup.html', /browser’s own pages/],
    ['https://chromewebstore.google.com/detail/x', /extension store/],
    ['https://chrome.google.com/webstore/detail/x', /extension store/],
    ['https://addons.mozilla.org/en-US/firefox/', /extension store/],
    ['https://example.org/report.pdf', /PDF/],
    ['file:///home/reader/page.html', /file URLs/],
    ['https://www.nytimes.com/2026/article.html', /reload the page/],
    [undefined, /cannot run on this page/],
  ])('%s', (url, reason) => {
    expect(unreachableReason(url)).toMatch(reason);
  });

  it('does not call a Google page other than the store an extension store', () => {
    expect(unreachableReason('https://chrome.google.com/other')).toMatch(/reload the page/);
  });
});
