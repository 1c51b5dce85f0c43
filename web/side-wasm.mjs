// Shared by the build scripts (post-build.mjs, setup-build.mjs).
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

/** A Subresource Integrity value for `data`. */
export const sri = (data) => `sha384-${crypto.createHash('sha384').update(data).digest('base64')}`;

/**
 * Builds a small wasm of its own (`src/bin/<bin>.rs`: the kiosk's QR
 * encoder, the set-up page's checker) with the app's release settings (the
 * environment ./dev gives this build), and writes its glue and optimised
 * wasm into `dist`.
 */
export function buildSideWasm(bin, dist) {
  const wasmTarget = path.join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown', 'release');
  execFileSync('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--bin', bin],
    { stdio: 'inherit' });
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dist,
    path.join(wasmTarget, `${bin}.wasm`)], { stdio: 'inherit' });
  execFileSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', '-o', path.join(dist, `${bin}_bg.wasm`),
    path.join(dist, `${bin}_bg.wasm`)], { stdio: 'inherit' });
}
