// A real WordPress for the plugin's end-to-end test, started and stopped by
// the test alone: Debian's wordpress copied to a folder of its own with its
// own wp-config.php, on Debian's MariaDB with its own data folder and socket
// (no network), served by PHP's own server on a loopback port. WordPress is
// installed and the plugin is installed from the zip by WordPress's own
// plugin installer (what Plugins → Add New → Upload runs), then activated.
// `stop()` ends both servers and removes the folder, also after a failure.
// ./dev installs the packages (setup_wordpress).
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn, spawnSync, execFileSync } from 'node:child_process';

export const WORDPRESS = '/usr/share/wordpress';

/** What is missing to run a WordPress here, by Debian package. */
export function missingPackages() {
  const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  const missing = [];
  if (!fs.existsSync(path.join(WORDPRESS, 'wp-load.php'))) missing.push('wordpress');
  if (!has('mariadbd') || !has('mariadb-install-db')) missing.push('mariadb-server');
  if (!has('php')) missing.push('php-cli');
  else if (!execFileSync('php', ['-m']).toString().split('\n').includes('mysqli')) missing.push('php-mysql');
  return missing;
}

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

async function waitFor(what, check, seconds = 30) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if (await check()) return;
    } catch { /* not yet */ }
    if (Date.now() > until) throw new Error(`wordpress-site: ${what} did not start within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Ends a process group this module started, and waits for it (at most 10 s, then kills it). */
async function end(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const late = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 10000);
  await exited;
  clearTimeout(late);
}

const salt = () => crypto.randomBytes(32).toString('base64');

/**
 * Starts a WordPress with the plugin `zip` installed and active, and pages
 * with `pages` ({ name: content }). Returns its origin, the admin's login,
 * each page's URL, helpers to run SQL and PHP against it, and stop().
 */
export async function startWordPress({ zip, pages = {} }) {
  const missing = missingPackages();
  if (missing.length) throw new Error(`wordpress-site: missing ${missing.join(', ')}: run ./dev setup (as root), or apt-get install -y ${missing.join(' ')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carefit-wp-'));
  const running = [];
  const stop = async () => {
    for (const child of running.reverse()) await end(child);
    running.length = 0;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database: its own data folder and socket, no network.
    const data = path.join(dir, 'db');
    const socket = path.join(dir, 'db.sock');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db'],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    const log = (name) => fs.openSync(path.join(dir, name), 'a');
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
      '--user=root', `--pid-file=${path.join(dir, 'db.pid')}`, `--log-error=${path.join(dir, 'db.log')}`],
    { detached: true, stdio: ['ignore', log('db.out'), log('db.out')] });
    running.push(db);
    const sql = (query) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-N', '-B', '-e', query],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    await waitFor('MariaDB', () => sql('SELECT 1') === '1');
    sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
    const query = (text) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-N', '-B', '-r', 'wordpress', '-e', text],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

    // The site: Debian's WordPress, with a plain wp-config.php of its own.
    const site = path.join(dir, 'site');
    fs.cpSync(WORDPRESS, site, { recursive: true, filter: (from) => path.basename(from) !== '.htaccess' });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    fs.writeFileSync(path.join(site, 'wp-config.php'), `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
// WordPress itself never reaches out during the test.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
// Every notice and warning into a file the test reads.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${path.join(dir, 'debug.log')}' );
define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`);
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
      detached: true,
      cwd: site,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', log('php.log'), log('php.log')],
    });
    running.push(php);
    await waitFor('PHP\'s server', async () => (await fetch(`${origin}/readme.html`)).ok);

    /** Runs PHP code with WordPress loaded (`install`: before it is installed). */
    const runPhp = (code, { install = false } = {}) => {
      const file = path.join(dir, `run-${crypto.randomBytes(4).toString('hex')}.php`);
      fs.writeFileSync(file, `<?php
${install ? "define( 'WP_INSTALLING', true );\nfunction wp_new_blog_notification() {}" : ''}
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
require '${site}/wp-load.php';
${code}
`);
      const run = spawnSync('php', [file], { cwd: site, encoding: 'utf8' });
      fs.rmSync(file);
      if (run.status !== 0) throw new Error(`wordpress-site: PHP failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
      return run.stdout;
    };

    const admin = { user: 'admin', password: crypto.randomBytes(12).toString('hex') };
    runPhp(`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$done = wp_install( 'carefit test', '${admin.user}', 'admin@example.test', false, '', '${admin.password}' );
if ( empty( $done['user_id'] ) ) { fwrite( STDERR, 'wp_install failed' ); exit( 1 ); }
// WordPress's own avatars come from another site (its admin bar shows one): off, so
// that any request off the site the test sees is the plugin's.
update_option( 'show_avatars', 0 );`, { install: true });

    // The plugin from the zip, as Plugins → Add New → Upload installs it.
    const made = JSON.parse(runPhp(`require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
wp_set_current_user( 1 );
$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( base64_decode( '${Buffer.from(zip).toString('base64')}' ) );
if ( true !== $installed ) {
  fwrite( STDERR, 'install: ' . print_r( $upgrader->skin->get_upgrade_messages(), true ) . print_r( $installed, true ) );
  exit( 1 );
}
$active = activate_plugin( 'carefit/carefit.php' );
if ( is_wp_error( $active ) ) { fwrite( STDERR, $active->get_error_message() ); exit( 1 ); }
$pages = array();
foreach ( json_decode( base64_decode( '${Buffer.from(JSON.stringify(pages)).toString('base64')}' ), true ) as $name => $content ) {
  $pages[ $name ] = wp_insert_post( array( 'post_type' => 'page', 'post_status' => 'publish', 'post_title' => $name, 'post_content' => $content ), true );
}
echo wp_json_encode( array( 'pages' => $pages, 'plugin' => $upgrader->plugin_info() ) );`));
    const urls = Object.fromEntries(Object.entries(made.pages).map(([name, id]) => [name, `${origin}/?page_id=${id}`]));
    return {
      origin, dir, site, admin, pages: urls, plugin: made.plugin, sql: query, php: runPhp,
      debugLog: () => (fs.existsSync(path.join(dir, 'debug.log')) ? fs.readFileSync(path.join(dir, 'debug.log'), 'utf8') : ''),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
