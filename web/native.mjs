// The build's native tools (carefit-prerender, carefit texts), run with
// `cargo run`: a native build, so without the unstable settings ./dev gives
// the wasm build.
import { execFileSync } from 'node:child_process';

const nativeEnv = Object.fromEntries(Object.entries(process.env)
  .filter(([name]) => name !== 'RUSTC_BOOTSTRAP' && !name.startsWith('CARGO_UNSTABLE_')));

/** What `bin` prints for `args`; `features` as cargo's `--features`. */
export const runNative = (bin, args, features = []) => execFileSync('cargo',
  ['run', '--quiet', ...features.flatMap((f) => ['--features', f]), '--bin', bin, '--', ...args],
  { stdio: ['ignore', 'pipe', 'inherit'], env: nativeEnv }).toString();
