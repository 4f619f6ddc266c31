/** Why Gloss is not running in a tab, in words a reader understands. Pure. */

const STORES = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function unreachableReason(url: string | undefined): string {
  if (url === undefined || url === '') {
    return 'Gloss cannot run on this page. Browser pages, the extension store and the PDF viewer are closed to extensions; on other pages, reload the page if it was open before Gloss was installed.';
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Gloss cannot run on this page.';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol === 'file:') {
    return 'Gloss needs your permission to read files on your computer: turn on “Allow access to file URLs” for Gloss in the browser’s extension settings.';
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    return 'This is one of the browser’s own pages, which extensions cannot read.';
  }
  if (STORES.some((s) => hostname === s) && (hostname !== 'chrome.google.com' || pathname.startsWith('/webstore'))) {
    return 'The browser does not let extensions run on its extension store.';
  }
  if (/\.pdf$/i.test(pathname)) return 'Gloss cannot read PDF documents, which the browser shows in its own viewer.';
  return 'Gloss is not running on this page yet: reload the page (it was probably open before Gloss was installed or updated).';
}
