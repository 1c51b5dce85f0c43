// A small wasm of its own (src/bin/<bin>.rs: the kiosk's QR encoder, the
// set-up page's checker), built by the pipeline (web/build.mjs).
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/**
 * Builds `bin` with the app's release settings (the environment ./dev gives
 * this build), and writes its glue and optimised wasm into `dir`.
 */
export function buildSideWasm(bin, dir) {
  const wasmTarget = path.join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown', 'release');
  execFileSync('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--bin', bin],
    { stdio: 'inherit' });
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir,
    path.join(wasmTarget, `${bin}.wasm`)], { stdio: 'inherit' });
  execFileSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', '-o', path.join(dir, `${bin}_bg.wasm`),
    path.join(dir, `${bin}_bg.wasm`)], { stdio: 'inherit' });
}
