<?php
/**
 * Plugin Name:       carefit
 * Description:       A level-of-care self-check for treatment centers: a person answers a dozen plain questions and learns, in their own browser, which level of care may fit and what to do next. Nothing they answer leaves their device.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT OR Apache-2.0
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       carefit
 *
 * @package carefit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CAREFIT_FILE', __FILE__ );
define( 'CAREFIT_DIR', __DIR__ );
/** The one option the plugin keeps: the center's settings, as the JSON the widget reads. */
define( 'CAREFIT_OPTION', 'carefit' );

require_once __DIR__ . '/includes/render.php';
if ( is_admin() ) {
	require_once __DIR__ . '/includes/admin.php';
}

/** The option exists from activation on, so the first save updates it (and is checked once). */
function carefit_activate() {
	add_option( CAREFIT_OPTION, '{}', '', false );
}
register_activation_hook( __FILE__, 'carefit_activate' );

add_shortcode( 'carefit', 'carefit_shortcode' );
add_action( 'init', 'carefit_register_block' );
add_action( 'wp_head', 'carefit_head' );
add_action( 'wp_footer', 'carefit_footer' );
add_action( 'template_redirect', 'carefit_embed_page' );
add_filter( 'no_texturize_tags', 'carefit_no_texturize' );
add_filter( 'script_loader_tag', 'carefit_editor_script_integrity', 10, 2 );
