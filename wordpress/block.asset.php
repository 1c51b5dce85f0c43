<?php
/**
 * What block.js needs from WordPress's editor (no build writes this file:
 * block.js is plain JavaScript over these globals).
 *
 * @package carefit
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
	'version'      => '{{version}}',
);
