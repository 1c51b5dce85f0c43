<?php
/**
 * Deleting the plugin removes the one thing it keeps: the center's settings.
 * (It never kept anything about a visitor.)
 *
 * @package carefit
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'carefit' );
