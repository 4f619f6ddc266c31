/**
 * Gloss's one element in the page: a host with an open shadow root that
 * holds the card, created on first use so that a page nobody hovers is left
 * exactly as it was. Appended to <html>, not <body>, so the page's body is
 * never changed. The page's styles cannot reach inside; `all: initial` keeps
 * its inherited ones out too. Touches the DOM; never `browser`.
 */
import tokensCss from '../ui/tokens.css?inline';
import cardCss from './card.css?inline';

export const HOST_TAG = 'gloss-explainer';

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'display: block',
  'pointer-events: auto',
]
  .map((rule) => `${rule} !important;`)
  .join(' ');

export class TooltipHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  constructor(private readonly doc: Document = document) {}

  /** The host element if it exists and is still in the page. */
  get element(): HTMLElement | null {
    return this.host?.isConnected ? this.host : null;
  }

  /** The shadow root, (re)creating the host if the page removed it. */
  ensure(): ShadowRoot {
    if (this.host?.isConnected && this.root) return this.root;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = tokensCss + cardCss;
    root.append(style);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    return root;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  /** Was this event inside our UI? */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }
}
