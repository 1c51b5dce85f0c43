// The words a journey loads on demand (src/i18n/words.rs): for someone
// else, and the reasons, flags and levels for mental health alone. Compiled
// natively only (the app's wasm carries the base catalogs alone); `carefit texts --words`
// prints each language's list of texts, and each becomes a file of its own,
// named by its hash, that carefit.js fetches and checks once a journey
// begins. The kiosk's worker precaches them; the single file carries them inline.
import { runNative } from './native.mjs';

/** The file a language's words ship in, by the name carefit.js asks for. */
export const wordsFile = (lang) => `carefit-words-${lang}.json`;

/** Each language's texts, from the catalogs themselves: { en: [...], es: [...] }. */
export function wordsByLang() {
  return JSON.parse(runNative('carefit', ['texts', '--words']));
}
