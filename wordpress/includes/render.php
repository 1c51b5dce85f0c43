<?php
/**
 * The visitor's side: the shortcode [carefit], the block carefit/widget,
 * the iframe page, and the tags that load carefit.js, each file checked by
 * its hash. Every fact printed here (file names, hashes, crisis numbers,
 * the static help's words) comes from build.json, which the build writes;
 * what comes from the center's settings is escaped where it is printed.
 *
 * Nothing here sets a cookie, writes an option or a table, registers a
 * REST route or takes a form: a visitor's answers stay in their browser.
 *
 * @package carefit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * What the build wrote for PHP (build.json): files, hashes, static help.
 *
 * @return array
 */
function carefit_build() {
	static $build = null;
	if ( null === $build ) {
		$text  = file_get_contents( CAREFIT_DIR . '/build.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$build = is_string( $text ) ? json_decode( $text, true ) : null;
		if ( ! is_array( $build ) ) {
			$build = array(
				'files'      => array(),
				'help'       => array(),
				'help_words' => array(),
			);
		}
	}
	return $build;
}

/**
 * The center's settings as saved (the JSON the settings page checked).
 *
 * @return array
 */
function carefit_config() {
	$config = json_decode( (string) get_option( CAREFIT_OPTION, '{}' ), true );
	return is_array( $config ) ? $config : array();
}

/**
 * A config as the JSON a page carries: `<` and `>` escaped, so it cannot
 * end the script element it sits in; an empty one is still an object.
 *
 * @param array $config The settings.
 * @return string
 */
function carefit_json( $config ) {
	$json = wp_json_encode( empty( $config ) ? new stdClass() : $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	return false === $json ? '{}' : $json;
}

/**
 * A built file's URL and integrity, by its source name (carefit.js, …).
 *
 * @param string $name The name in manifest.json.
 * @return array{0: string, 1: string}
 */
function carefit_file( $name ) {
	$build = carefit_build();
	$entry = $build['files'][ $name ] ?? array(
		'file'      => $name,
		'integrity' => '',
	);
	return array( plugins_url( $entry['file'], CAREFIT_FILE ), (string) $entry['integrity'] );
}

/**
 * A tag that loads one of the plugin's files, checked by its hash.
 *
 * @param string $name The file's source name.
 * @return string
 */
function carefit_script_tag( $name ) {
	list( $url, $integrity ) = carefit_file( $name );
	if ( '' === $integrity ) {
		return ''; // No hash, no tag: nothing of the plugin's runs unchecked.
	}
	return sprintf(
		'<script type="module" src="%s" integrity="%s" crossorigin="anonymous"></script>' . "\n",
		esc_url( $url ),
		esc_attr( $integrity )
	);
}

/**
 * A stylesheet tag, checked by its hash.
 *
 * @param string $name The file's source name.
 * @return string
 */
function carefit_style_tag( $name ) {
	list( $url, $integrity ) = carefit_file( $name );
	if ( '' === $integrity ) {
		return '';
	}
	return sprintf(
		'<link rel="stylesheet" href="%s" integrity="%s" crossorigin="anonymous">' . "\n",
		esc_url( $url ),
		esc_attr( $integrity )
	);
}

/**
 * A language the build has help for (`es-MX` reads as `es`), or ''.
 *
 * @param mixed $tag A language tag.
 * @return string
 */
function carefit_lang( $tag ) {
	if ( ! is_string( $tag ) ) {
		return '';
	}
	$primary = strtolower( (string) preg_split( '/[-_]/', trim( $tag ) )[0] );
	$build   = carefit_build();
	return isset( $build['help_words'][ $primary ] ) ? $primary : '';
}

/**
 * The digits a `tel:` link dials: a leading + and the digits, as the
 * widget's reader keeps them (the settings page let only valid numbers in).
 *
 * @param string $number A phone number as written.
 * @return string
 */
function carefit_dial( $number ) {
	$number = trim( (string) $number );
	$plus   = str_starts_with( $number, '+' ) ? '+' : '';
	return $plus . preg_replace( '/\D/', '', $number );
}

/**
 * A string from the config, or null.
 *
 * @param mixed $value A value.
 * @return string|null
 */
function carefit_text( $value ) {
	return is_string( $value ) && '' !== trim( $value ) ? $value : null;
}

/**
 * Fills `{name}` places in one of the build's templates.
 *
 * @param string $template The words, with places.
 * @param array  $values   What goes in each place.
 * @return string
 */
function carefit_fill( $template, $values ) {
	return preg_replace_callback(
		'/\{(\w+)\}/',
		function ( $m ) use ( $values ) {
			return $values[ $m[1] ] ?? $m[0];
		},
		(string) $template
	);
}

/**
 * The center's own crisis lines for a language, as text (only the widget
 * checks a number before making it a link), in the build's words: the same
 * list carefit.js puts in a page's static help (web/help.js's
 * configuredLines). Null when the center set none: the build's own lines stay.
 *
 * @param array  $config The settings.
 * @param string $lang   The language.
 * @return string|null
 */
function carefit_own_lines( $config, $lang ) {
	$build  = carefit_build();
	$words  = $build['help_words'][ $lang ] ?? array();
	$by     = is_array( $config['crisis_by_lang'] ?? null ) ? $config['crisis_by_lang'] : array();
	$own    = null;
	foreach ( $by as $tag => $lines ) {
		if ( carefit_lang( $tag ) === $lang ) {
			$own = $lines;
			break;
		}
	}
	$own = $own ?? ( $config['crisis'] ?? null );
	if ( ! is_array( $own ) || null === carefit_text( $own['emergency'] ?? null ) ) {
		return null;
	}
	$items  = '<li class="cf-line"><span class="cf-action cf-tel">'
		. esc_html( carefit_fill( $words['emergency'] ?? '{number}', array( 'number' => $own['emergency'] ) ) ) . '</span>';
	$items .= '<p class="cf-line-note">' . esc_html( (string) ( $words['emergency_note'] ?? '' ) ) . '</p></li>';
	$lines  = is_array( $own['lines'] ?? null ) ? $own['lines'] : array();
	$lines[] = $config['referral'] ?? null;
	foreach ( $lines as $line ) {
		if ( ! is_array( $line ) ) {
			continue;
		}
		$items .= '<li class="cf-line">';
		if ( null !== carefit_text( $line['name'] ?? null ) ) {
			$items .= '<p class="cf-line-name">' . esc_html( $line['name'] ) . '</p>';
		}
		if ( null !== carefit_text( $line['call'] ?? null ) ) {
			$items .= '<span class="cf-action cf-tel">' . esc_html( carefit_fill( $words['call'] ?? '{number}', array( 'number' => $line['call'] ) ) ) . '</span>';
		}
		if ( null !== carefit_text( $line['text'] ?? null ) ) {
			$label  = null !== carefit_text( $line['text_keyword'] ?? null )
				? carefit_fill(
					$words['text_keyword'] ?? '{keyword} {number}',
					array(
						'keyword' => $line['text_keyword'],
						'number'  => $line['text'],
					)
				)
				: carefit_fill( $words['text'] ?? '{number}', array( 'number' => $line['text'] ) );
			$items .= '<span class="cf-action cf-tel">' . esc_html( $label ) . '</span>';
		}
		if ( null !== carefit_text( $line['note'] ?? null ) ) {
			$items .= '<p class="cf-line-note">' . esc_html( $line['note'] ) . '</p>';
		}
		$items .= '</li>';
	}
	return '<ul class="cf-crisis-list">' . $items . '</ul>';
}

/**
 * The static help (crisis lines, the levels), shown with JavaScript off or
 * if the widget cannot load: carefit-prerender's markup from build.json,
 * with the center's name and phone (escaped) where it put its markers, and
 * the center's own crisis lines in place of the build's when it set some.
 *
 * @param array  $config The settings.
 * @param string $lang   One language, or '' for every language.
 * @return string
 */
function carefit_static_help( $config, $lang ) {
	$build    = carefit_build();
	$sentinel = $build['sentinel'] ?? array();
	$mode     = 'kiosk' === ( $config['mode'] ?? '' ) ? 'kiosk' : 'standard';
	$name     = carefit_text( $config['center_name'] ?? null );
	$phone    = carefit_text( $config['phone'] ?? null );
	$given    = null === $name ? 'none' : ( null === $phone ? 'name' : 'name_phone' );
	$sections = $build['help'][ $mode ][ $given ] ?? array();
	$html     = '';
	foreach ( $sections as $section_lang => $section ) {
		if ( '' !== $lang && $section_lang !== $lang ) {
			continue;
		}
		if ( 'name_phone' === $given ) {
			$section = str_replace( 'tel:' . $sentinel['phone'], esc_attr( 'tel:' . carefit_dial( $phone ) ), $section );
			$section = str_replace( $sentinel['phone'], esc_html( $phone ), $section );
		}
		if ( null !== $name ) {
			$section = str_replace( $sentinel['name'], esc_html( $name ), $section );
		}
		$own = carefit_own_lines( $config, $section_lang );
		if ( null !== $own ) {
			$section = preg_replace( '#<ul class="cf-crisis-list">.*?</ul>#s', str_replace( array( '\\', '$' ), array( '\\\\', '\\$' ), $own ), $section, 1 );
		}
		$html .= $section;
	}
	return $html;
}

/**
 * The language a widget shows: its own attribute, else the center's.
 *
 * @param array $atts   The shortcode's or block's attributes.
 * @param array $config The settings.
 * @return string
 */
function carefit_widget_lang( $atts, $config ) {
	$lang = carefit_lang( $atts['lang'] ?? '' );
	return '' !== $lang ? $lang : carefit_lang( $config['lang'] ?? '' );
}

/** Whether this page shows a widget: carefit.js is loaded only then. */
$GLOBALS['carefit_on_page'] = array(
	'widget' => false,
	'frame'  => false,
);

/**
 * The widget's markup for a shortcode or a block.
 *
 * @param array $atts lang, heading-level, mode (iframe).
 * @return string
 */
function carefit_widget( $atts ) {
	$config = carefit_config();
	$lang   = carefit_widget_lang( $atts, $config );
	if ( 'iframe' === ( $atts['mode'] ?? '' ) ) {
		$GLOBALS['carefit_on_page']['frame'] = true;
		$build = carefit_build();
		$title = $build['titles'][ '' !== $lang ? $lang : 'en' ] ?? 'carefit';
		$src   = add_query_arg( array_filter( array( 'carefit-embed' => '1', 'lang' => $lang ) ), home_url( '/' ) );
		// The height grows with the frame's own messages (frame.js); this is the floor embed.js keeps.
		return sprintf(
			'<iframe class="carefit-frame" title="%s" src="%s" width="100%%" height="1920" style="border:0;width:100%%;display:block"></iframe>',
			esc_attr( $title ),
			esc_url( $src )
		);
	}
	$GLOBALS['carefit_on_page']['widget'] = true;
	if ( '' !== carefit_lang( $atts['lang'] ?? '' ) ) {
		// The element's JSON comes before its attributes: the page's language wins here.
		$config['lang'] = $lang;
	}
	$level      = (int) ( $atts['heading-level'] ?? 0 );
	$attributes = '';
	if ( '' !== $lang ) {
		$attributes .= ' lang="' . esc_attr( $lang ) . '"';
	}
	if ( $level >= 1 && $level <= 6 ) {
		$attributes .= ' heading-level="' . esc_attr( (string) $level ) . '"';
	}
	return '<carefit-widget' . $attributes . '>'
		. '<script type="application/json">' . carefit_json( $config ) . '</script>'
		. carefit_noscript( $lang )
		. '<div class="carefit-help cf-fallback">' . carefit_static_help( $config, $lang ) . '</div>'
		. '</carefit-widget>';
}

/**
 * The line saying the questions need JavaScript (embed.html's, from the build).
 *
 * @param string $lang One language, or '' for every one.
 * @return string
 */
function carefit_noscript( $lang ) {
	$build = carefit_build();
	$lines = '';
	foreach ( $build['noscript'] ?? array() as $line_lang => $line ) {
		if ( '' === $lang || $line_lang === $lang ) {
			$lines .= '<p class="cf-noscript" lang="' . esc_attr( $line_lang ) . '">' . esc_html( $line ) . '</p>';
		}
	}
	return '' === $lines ? '' : '<noscript>' . $lines . '</noscript>';
}

/**
 * [carefit lang="es" heading-level="2" mode="iframe"]
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function carefit_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'lang'          => '',
			'heading-level' => '',
			'mode'          => '',
		),
		is_array( $atts ) ? $atts : array(),
		'carefit'
	);
	return carefit_widget( $atts );
}

/** The block carefit/widget: rendered here, as the shortcode is. */
function carefit_register_block() {
	register_block_type(
		CAREFIT_DIR,
		array( 'render_callback' => 'carefit_render_block' )
	);
}

/**
 * The block's markup: the shortcode's, from the block's attributes.
 *
 * @param array $attributes lang, headingLevel, mode.
 * @return string
 */
function carefit_render_block( $attributes ) {
	return carefit_widget(
		array(
			'lang'          => (string) ( $attributes['lang'] ?? '' ),
			'heading-level' => (string) ( $attributes['headingLevel'] ?? '' ),
			'mode'          => (string) ( $attributes['mode'] ?? '' ),
		)
	);
}

/**
 * Whether the page being shown uses the widget in its content.
 *
 * @return bool
 */
function carefit_page_uses_widget() {
	$post = get_post();
	if ( ! is_singular() || ! $post ) {
		return false;
	}
	return has_shortcode( $post->post_content, 'carefit' ) || has_block( 'carefit/widget', $post );
}

/** The stylesheet of the static help (shown with JavaScript off), on pages that use the widget. */
function carefit_head() {
	if ( carefit_page_uses_widget() ) {
		echo carefit_style_tag( 'carefit.css' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_style_tag.
		echo '<noscript>' . carefit_style_tag( 'noscript.css' ) . '</noscript>' . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_style_tag.
	}
}

/** carefit.js (or the frame's sizer), only where a widget was put, checked by its hash. */
function carefit_footer() {
	if ( $GLOBALS['carefit_on_page']['widget'] ) {
		echo carefit_script_tag( 'carefit.js' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_script_tag.
	}
	if ( $GLOBALS['carefit_on_page']['frame'] ) {
		echo carefit_script_tag( 'frame.js' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_script_tag.
	}
}

/**
 * The iframe's page, on the site's own origin: the plugin's embed page
 * (web/embed.html as built) with the center's settings and help, under its
 * own strict policy. It takes the language from its link and nothing else.
 */
function carefit_embed_page() {
	if ( ! isset( $_GET['carefit-embed'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a page to show, no action taken.
		return;
	}
	$build    = carefit_build();
	$template = file_get_contents( CAREFIT_DIR . '/embed-template.html' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
	if ( ! is_string( $template ) ) {
		return;
	}
	$config = carefit_config();
	$lang   = carefit_lang( isset( $_GET['lang'] ) ? sanitize_text_field( wp_unslash( $_GET['lang'] ) ) : '' ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- the language alone.
	if ( '' !== $lang ) {
		$config['lang'] = $lang;
	}
	$lang = carefit_widget_lang( array(), $config );
	$base = trailingslashit( plugins_url( '', CAREFIT_FILE ) );
	$html = preg_replace_callback(
		'#\s(src|href)="(?!data:)([\w.-]+)"#',
		function ( $m ) use ( $base ) {
			return ' ' . $m[1] . '="' . esc_url( $base . $m[2] ) . '"';
		},
		$template
	);
	$html = preg_replace_callback(
		'#(<script type="application/json" id="carefit-config">)\s*\{\}\s*(</script>)#',
		function ( $m ) use ( $config ) {
			return $m[1] . carefit_json( $config ) . $m[2];
		},
		$html,
		1
	);
	$html = str_replace( '<!-- carefit:help -->', carefit_static_help( $config, $lang ), $html );
	status_header( 200 );
	header( 'Content-Type: text/html; charset=utf-8' );
	header( 'Content-Security-Policy: ' . $build['embed_policy'] );
	header( 'X-Content-Type-Options: nosniff' );
	header( 'Referrer-Policy: no-referrer' );
	header( 'Cache-Control: no-cache' );
	echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the build's page; the settings in it escaped above.
	exit;
}

/**
 * The widget's element is left as the plugin wrote it (no curly quotes).
 *
 * @param string[] $tags Elements wptexturize leaves alone.
 * @return string[]
 */
function carefit_no_texturize( $tags ) {
	$tags[] = 'carefit-widget';
	return $tags;
}

/**
 * The block's editor script, checked by its hash too.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle Its handle.
 * @return string
 */
function carefit_editor_script_integrity( $tag, $handle ) {
	if ( 'carefit-widget-editor-script' !== $handle ) {
		return $tag;
	}
	list( , $integrity ) = carefit_file( 'block.js' );
	if ( '' === $integrity ) {
		return '';
	}
	return str_replace( ' src=', ' integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous" src=', $tag );
}
