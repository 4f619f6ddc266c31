/**
 * WXT's content script context, for Gloss's content script: the `signal` its `main` gets, and nothing a page can
 * observe. WXT's own (wxt/utils/content-script-context) announces each content script it starts to the page: it
 * dispatches a `<extension id>:content:wxt:content-script-started` event on the document and posts a message with
 * that name to the window, so that an older copy of the script stops. Any page can listen for both, and the
 * message even names the extension's id: a site could tell Gloss is installed. The content script's build
 * resolves WXT's module here instead (wxt.config.ts); tests/e2e/silence.test.ts listens for events and messages.
 *
 * What WXT's announcement was for, an old copy of the script stopping when the extension is updated or reloaded
 * on an open page, Gloss's content script does without: its old copy loses its extension (its messages fail, and
 * a card then says it cannot reach the knowledge), and a new copy marks the page under the same highlight name.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }
}
