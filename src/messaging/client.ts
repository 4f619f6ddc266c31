/** Sends typed requests to the background. */
import { browser } from 'wxt/browser';
import type { MessageType, Request, Response } from './protocol';

export function send<T extends MessageType>(request: Request<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage(request) as Promise<Response<T>>;
}
