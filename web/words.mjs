// The words a journey loads on demand (src/i18n/words.rs): for someone
// else, and the reasons, flags and levels for mental health alone. Compiled
// natively only (the app's wasm carries the base catalogs alone); `carefit texts --words`
// prints each language's list of texts, and each becomes a file of its own,
// named by its hash, that carefit.js fetches and checks when a journey first
// needs it. The kiosk's worker precaches them; the single file carries them inline.
import { execFileSync } from 'node:child_process';

// A native build, so without the unstable settings ./dev gives the wasm build.
const nativeEnv = Object.fromEntries(Object.entries(process.env)
  .filter(([name]) => name !== 'RUSTC_BOOTSTRAP' && !name.startsWith('CARGO_UNSTABLE_')));

/** The file a language's words ship in, by the name carefit.js asks for. */
export const wordsFile = (lang) => `carefit-words-${lang}.json`;

/** Each language's texts, from the catalogs themselves: { en: [...], es: [...] }. */
export function wordsByLang() {
  return JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'carefit', '--', 'texts', '--words'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: nativeEnv }).toString());
}
