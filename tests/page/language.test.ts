// @vitest-environment happy-dom
/** Whether the knowledge can read the page's language (page/language.ts). */
import { describe, expect, it } from 'vitest';
import { unreadableLanguage } from '../../src/page/language';

function page(lang: string | null, body: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = body;
  return doc;
}

describe('unreadableLanguage', () => {
  it('names a language in another script from <html lang>', () => {
    expect(unreadableLanguage(page('ja', '<p>NATO</p>'))).toBe('Japanese');
    expect(unreadableLanguage(page('ru-RU', '<p>x</p>'))).toBe('Russian');
  });

  it('reads English and the Latin-script languages, whose names are written the same', () => {
    expect(unreadableLanguage(page('en-GB', '<p>x</p>'))).toBeNull();
    expect(unreadableLanguage(page('de', '<p>Der Bundestag stimmte zu.</p>'))).toBeNull();
  });

  it('without a lang attribute, from the script of the text', () => {
    expect(unreadableLanguage(page(null, `<p>${'米朝首脳会談は、シンガポールで開かれた。'.repeat(3)}</p>`))).toBe(
      'Japanese',
    );
    expect(unreadableLanguage(page(null, '<p>The summit was held in Singapore.</p>'))).toBeNull();
  });
});
