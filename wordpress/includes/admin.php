<?php
/**
 * Settings → carefit: the center's settings as one option, through the
 * Settings API (its nonce, manage_options). The fields are the set-up
 * page's, each control named by its config path (carefit[center_name],
 * carefit[theme][accent], carefit[crisis][lines][0][call], …).
 *
 * The rules are `carefit check-config`'s, and only there: the page runs the
 * set-up page's checker (its wasm, from the same Rust reader as the widget)
 * on every change and on save, shows each error beside its field and keeps
 * the form from being sent while one remains. PHP does not write the rules
 * again. What the server checks is that the browser's checker passed these
 * very values: the form sends, with the fields, the checker's verdict on
 * the config it read from them; a save whose verdict is missing (no
 * JavaScript), names errors, or was given for other values is refused
 * whole, with a message, and the saved settings stay as they were. An
 * administrator who forges a verdict could as well edit the plugin; the
 * widget reads the settings with the same reader in every visitor's
 * browser, and drops a field it refuses.
 *
 * @package carefit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_menu', 'carefit_admin_menu' );
add_action( 'admin_init', 'carefit_admin_init' );

/** The page under Settings. */
function carefit_admin_menu() {
	add_options_page(
		__( 'carefit settings', 'carefit' ),
		'carefit',
		'manage_options',
		'carefit',
		'carefit_settings_page'
	);
}

/** The option and the suggested privacy-policy text. */
function carefit_admin_init() {
	register_setting(
		'carefit',
		CAREFIT_OPTION,
		array(
			'type'              => 'string',
			'show_in_rest'      => false,
			'sanitize_callback' => 'carefit_sanitize',
		)
	);
	if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
		wp_add_privacy_policy_content( 'carefit', carefit_privacy_text() );
	}
}

/**
 * What the site's privacy policy can say about carefit.
 *
 * @return string
 */
function carefit_privacy_text() {
	return '<p>' . esc_html__( 'This site offers a level-of-care self-check (carefit). The questions, the answers and the result stay in your browser: they are not sent to this site or to anyone else, not saved on your device, and not kept after you close the page.', 'carefit' ) . '</p>'
		. '<p>' . esc_html__( 'The self-check sets no cookies, stores nothing in your browser, and loads nothing from other websites: all of its files come from this site. This site keeps no record of who used it or of what was answered. Your browser asks this site for the self-check\'s files, as for any page, and the site\'s server may log those requests as it logs every page visit.', 'carefit' ) . '</p>'
		. '<p>' . esc_html__( 'If you call or text a number the self-check shows, that call or message goes from your phone to that service, under its own privacy terms.', 'carefit' ) . '</p>';
}

/**
 * A string from the form, trimmed; '' when missing.
 *
 * @param mixed $value A posted value.
 * @return string
 */
function carefit_posted( $value ) {
	return is_string( $value ) ? trim( $value ) : '';
}

/** The keys of a help line, in the order the form and the set-up page write them. */
const CAREFIT_LINE_KEYS = array( 'name', 'call', 'text', 'text_keyword', 'tty', 'note' );

/**
 * A help line from its posted fields, empty ones left out.
 *
 * @param mixed $posted The posted fields of one line.
 * @return array
 */
function carefit_posted_line( $posted ) {
	$line = array();
	foreach ( CAREFIT_LINE_KEYS as $key ) {
		$value = carefit_posted( is_array( $posted ) ? ( $posted[ $key ] ?? '' ) : '' );
		if ( '' !== $value ) {
			$line[ $key ] = $value;
		}
	}
	return $line;
}

/** The languages the form has crisis help of their own for (the set-up page's). */
const CAREFIT_CRISIS_LANGS = array( 'en', 'es' );

/**
 * A list of help lines from its posted rows, empty rows left out.
 *
 * @param mixed $posted The posted rows.
 * @return array
 */
function carefit_posted_lines( $posted ) {
	$lines = array();
	foreach ( is_array( $posted ) ? $posted : array() as $row ) {
		$line = carefit_posted_line( $row );
		if ( $line ) {
			$lines[] = $line;
		}
	}
	return $lines;
}

/**
 * One scope's crisis help (for every language, or for one) from its posted
 * fields, as the set-up page writes it; null when it is all empty.
 *
 * @param mixed $posted The posted emergency, lines and home_lines.
 * @return array|null
 */
function carefit_posted_crisis( $posted ) {
	$posted    = is_array( $posted ) ? $posted : array();
	$emergency = carefit_posted( $posted['emergency'] ?? '' );
	$lines     = carefit_posted_lines( $posted['lines'] ?? null );
	$home      = carefit_posted_lines( $posted['home_lines'] ?? null );
	if ( '' === $emergency && ! $lines && ! $home ) {
		return null;
	}
	return ( '' !== $emergency ? array( 'emergency' => $emergency ) : array() )
		+ array( 'lines' => $lines )
		+ ( $home ? array( 'home_lines' => $home ) : array() );
}

/**
 * The config the form's fields say, as admin.js reads them for the checker:
 * each value as typed and trimmed, empty fields left out, a whole number of
 * seconds as a number. Only the shape: every rule is the checker's.
 *
 * @param array $posted The posted carefit[…] fields.
 * @return array
 */
function carefit_form_config( $posted ) {
	$config = array();
	foreach ( array( 'center_name', 'phone', 'contact_url', 'lang' ) as $key ) {
		$value = carefit_posted( $posted[ $key ] ?? '' );
		if ( '' !== $value ) {
			$config[ $key ] = $value;
		}
	}
	$offers = array_values( array_filter( array_map( 'carefit_posted', is_array( $posted['offers'] ?? null ) ? $posted['offers'] : array() ), 'strlen' ) );
	if ( $offers ) {
		$config['offers'] = $offers;
	}
	$accent = carefit_posted( $posted['theme']['accent'] ?? '' );
	if ( '' !== $accent ) {
		$config['theme'] = array( 'accent' => $accent );
	}
	if ( 'kiosk' === carefit_posted( $posted['mode'] ?? '' ) ) {
		$config['mode'] = 'kiosk';
	}
	$kiosk = array();
	foreach ( array( 'idle_seconds', 'countdown_seconds', 'front_desk' ) as $key ) {
		$value = carefit_posted( $posted['kiosk'][ $key ] ?? '' );
		if ( '' !== $value ) {
			$kiosk[ $key ] = 'front_desk' !== $key && preg_match( '/^\d{1,9}$/', $value ) ? (int) $value : $value;
		}
	}
	if ( $kiosk ) {
		$config['kiosk'] = $kiosk;
	}
	$crisis = carefit_posted_crisis( $posted['crisis'] ?? null );
	if ( null !== $crisis ) {
		$config['crisis'] = $crisis;
	}
	foreach ( CAREFIT_CRISIS_LANGS as $lang ) {
		$crisis = carefit_posted_crisis( $posted['crisis_by_lang'][ $lang ] ?? null );
		if ( null !== $crisis ) {
			$config['crisis_by_lang'][ $lang ] = $crisis;
		}
	}
	$referral = carefit_posted_line( $posted['referral'] ?? array() );
	if ( $referral ) {
		$config['referral'] = $referral;
	}
	if ( '' !== carefit_posted( $posted['events'] ?? '' ) ) {
		$config['events'] = true;
	}
	return $config;
}

/**
 * Objects' keys sorted, all the way down, so two readings compare equal.
 *
 * @param mixed $value A decoded value.
 * @return mixed
 */
function carefit_canonical( $value ) {
	if ( ! is_array( $value ) ) {
		return $value;
	}
	$value = array_map( 'carefit_canonical', $value );
	if ( ! array_is_list( $value ) ) {
		ksort( $value );
	}
	return $value;
}

/**
 * The Settings API's check of a save (see the file's first comment): the
 * config the fields say, saved only with the checker's clean verdict on
 * exactly it; otherwise the saved settings, unchanged, and a message.
 *
 * @param mixed $posted The posted carefit[…] fields.
 * @return string The option's value: the config as JSON.
 */
function carefit_sanitize( $posted ) {
	// WordPress runs this twice on a save that adds the option (when it did
	// not exist yet): the second time with what the first returned.
	static $passed = null;
	if ( is_string( $posted ) && $posted === $passed ) {
		return $posted;
	}
	$saved = (string) get_option( CAREFIT_OPTION, '{}' );
	if ( ! is_array( $posted ) ) {
		add_settings_error( CAREFIT_OPTION, 'carefit-not-checked', esc_html__( 'Nothing was saved: the settings did not come from this page\'s form.', 'carefit' ) );
		return $saved;
	}
	$config  = carefit_form_config( $posted );
	$verdict = json_decode( carefit_posted( $posted['checked'] ?? '' ), true );
	if ( ! is_array( $verdict ) || ! array_key_exists( 'config', $verdict ) || ! is_array( $verdict['errors'] ?? null ) ) {
		add_settings_error( CAREFIT_OPTION, 'carefit-not-checked', esc_html__( 'Nothing was saved: these settings were not checked. The checks run in your browser on this page, so it needs JavaScript. Your saved settings are unchanged.', 'carefit' ) );
		return $saved;
	}
	if ( carefit_canonical( is_array( $verdict['config'] ) ? $verdict['config'] : null ) !== carefit_canonical( $config ) ) {
		add_settings_error( CAREFIT_OPTION, 'carefit-changed', esc_html__( 'Nothing was saved: the settings changed after they were checked. Please save again. Your saved settings are unchanged.', 'carefit' ) );
		return $saved;
	}
	if ( $verdict['errors'] ) {
		foreach ( $verdict['errors'] as $i => $error ) {
			$said = is_array( $error ) ? carefit_posted( $error['field'] ?? '' ) . ': ' . carefit_posted( $error['message'] ?? '' ) : '';
			/* translators: %s: a setting's path and what is wrong with it. */
			add_settings_error( CAREFIT_OPTION, 'carefit-error-' . $i, esc_html( sprintf( __( 'Not saved: %s', 'carefit' ), $said ) ) );
		}
		return $saved;
	}
	$passed = carefit_json( $config );
	return $passed;
}

/**
 * One text field, its hint and its error slot.
 *
 * @param string $path  The config path (theme.accent).
 * @param string $label The label.
 * @param string $hint  What it does.
 * @param string $value The saved value.
 * @param string $type  The input's type.
 */
function carefit_field( $path, $label, $hint, $value, $type = 'text' ) {
	$id = 'carefit-' . str_replace( array( '.', '[', ']' ), '-', $path );
	?>
	<tr>
		<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $label ); ?></label></th>
		<td>
			<input type="<?php echo esc_attr( $type ); ?>" class="regular-text" id="<?php echo esc_attr( $id ); ?>"
				name="<?php echo esc_attr( carefit_control_name( $path ) ); ?>" data-field="<?php echo esc_attr( $path ); ?>"
				value="<?php echo esc_attr( $value ); ?>" aria-describedby="<?php echo esc_attr( $id ); ?>-hint <?php echo esc_attr( $id ); ?>-error">
			<p class="description" id="<?php echo esc_attr( $id ); ?>-hint"><?php echo esc_html( $hint ); ?></p>
			<p class="carefit-error" id="<?php echo esc_attr( $id ); ?>-error" data-error-for="<?php echo esc_attr( $path ); ?>"></p>
		</td>
	</tr>
	<?php
}

/**
 * A config path as the form's control name: theme.accent → carefit[theme][accent].
 *
 * @param string $path The config path, with [n] for a list's item.
 * @return string
 */
function carefit_control_name( $path ) {
	$parts = preg_split( '/\.|\[(\d+)\]/', $path, -1, PREG_SPLIT_NO_EMPTY | PREG_SPLIT_DELIM_CAPTURE );
	return 'carefit[' . implode( '][', $parts ) . ']';
}

/**
 * The fields of one help line (a crisis line, the referral line).
 *
 * @param string $path  Its config path.
 * @param array  $line  Its saved values.
 * @param string $title Its heading.
 */
function carefit_line_fields( $path, $line, $title ) {
	$fields = array(
		'name'         => array( __( 'Name', 'carefit' ), __( 'The line\'s name, above its buttons.', 'carefit' ) ),
		'call'         => array( __( 'Number to call', 'carefit' ), __( 'A button that calls it.', 'carefit' ) ),
		'text'         => array( __( 'Number to text', 'carefit' ), __( 'A button that starts a text message to it.', 'carefit' ) ),
		'text_keyword' => array( __( 'Word to text', 'carefit' ), __( 'The word that text message starts with, such as HOME.', 'carefit' ) ),
		'tty'          => array( __( 'TTY number', 'carefit' ), __( 'A button that calls it by TTY, for visitors who are deaf or hard of hearing.', 'carefit' ) ),
		'note'         => array( __( 'Note', 'carefit' ), __( 'One short line under its buttons, such as when it is open.', 'carefit' ) ),
	);
	echo '<tr><th scope="rowgroup" colspan="2"><h3 class="carefit-line-title">' . esc_html( $title ) . '</h3></th></tr>';
	foreach ( $fields as $key => $words ) {
		$value = is_array( $line ) && is_string( $line[ $key ] ?? null ) ? $line[ $key ] : '';
		carefit_field( $path . '.' . $key, $words[0], $words[1], $value, in_array( $key, array( 'call', 'text', 'tty' ), true ) ? 'tel' : 'text' );
	}
}

/**
 * One scope's crisis help: the emergency number, the crisis lines and the
 * lines for when home is not safe, each list with empty rows to fill.
 *
 * @param string $path   crisis, or crisis_by_lang.es.
 * @param mixed  $crisis Its saved values.
 */
function carefit_crisis_fields( $path, $crisis ) {
	$crisis = is_array( $crisis ) ? $crisis : array();
	carefit_field( $path . '.emergency', __( 'Emergency number', 'carefit' ), __( 'The number crisis help tells visitors to call first (911 in the US). Needed for your own lines.', 'carefit' ), is_string( $crisis['emergency'] ?? null ) ? $crisis['emergency'] : '', 'tel' );
	$lists = array(
		/* translators: %d: the line's number in the list. */
		'lines'      => array( __( 'Crisis line %d', 'carefit' ), 2 ),
		/* translators: %d: the line's number in the list. */
		'home_lines' => array( __( 'If home is not safe: line %d', 'carefit' ), 1 ),
	);
	foreach ( $lists as $key => list( $title, $empty ) ) {
		$rows = array_values( array_filter( is_array( $crisis[ $key ] ?? null ) ? $crisis[ $key ] : array(), 'is_array' ) );
		$rows = array_merge( $rows, array_fill( 0, $empty, array() ) );
		foreach ( $rows as $i => $line ) {
			carefit_line_fields( "$path.{$key}[$i]", $line, sprintf( $title, $i + 1 ) );
		}
	}
	echo '<tr><td colspan="2"><p class="carefit-error" data-error-for="' . esc_attr( $path ) . '"></p></td></tr>';
}

/** The settings page. */
function carefit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$config = carefit_config();
	$text   = function ( $key ) use ( $config ) {
		return is_string( $config[ $key ] ?? null ) ? $config[ $key ] : '';
	};
	$kiosk  = is_array( $config['kiosk'] ?? null ) ? $config['kiosk'] : array();
	$offers = is_array( $config['offers'] ?? null ) ? $config['offers'] : array();
	$levels = array(
		'OUT' => __( 'Outpatient (OUT)', 'carefit' ),
		'IOP' => __( 'Intensive outpatient (IOP)', 'carefit' ),
		'PHP' => __( 'Partial hospitalization (PHP)', 'carefit' ),
		'RES' => __( 'Residential (RES)', 'carefit' ),
	);
	list( $checker ) = carefit_file( 'carefit-setup.js' );
	list( $wasm, $wasm_integrity ) = carefit_file( 'carefit-setup_bg.wasm' );
	list( $entry ) = carefit_file( 'carefit.js' );
	$paths = array(
		'checker'        => $checker,
		'wasm'           => $wasm,
		'wasm_integrity' => $wasm_integrity,
		'carefit'        => $entry,
		'kiosk'          => plugins_url( 'carefit-kiosk.html', CAREFIT_FILE ),
	);
	?>
	<div class="wrap carefit-settings">
		<h1><?php esc_html_e( 'carefit settings', 'carefit' ); ?></h1>
		<p><?php esc_html_e( 'Your center\'s details for the self-check. Every field is optional. Each is checked as you type, with the same checks as carefit\'s own tools; the preview shows the real widget with these settings.', 'carefit' ); ?></p>
		<p><?php esc_html_e( 'Put the self-check on a page with the "carefit self-check" block, or the shortcode [carefit]. On a site with analytics or session-replay scripts, use [carefit mode="iframe"]: the self-check then runs in a page of its own, where no other script can read the answers.', 'carefit' ); ?></p>
		<div id="carefit-summary" class="notice notice-error" tabindex="-1" hidden>
			<p><strong><?php esc_html_e( 'Nothing was saved yet. Fix these settings first:', 'carefit' ); ?></strong></p>
			<ul id="carefit-summary-list"></ul>
		</div>
		<p id="carefit-status" class="screen-reader-text" role="status" aria-live="polite"></p>
		<form method="post" action="options.php" id="carefit-form" novalidate autocomplete="off"
			data-carefit="<?php echo esc_attr( wp_json_encode( $paths ) ); ?>">
			<?php settings_fields( 'carefit' ); ?>
			<input type="hidden" name="carefit[checked]" id="carefit-checked" value="">
			<h2><?php esc_html_e( 'Your center', 'carefit' ); ?></h2>
			<table class="form-table" role="presentation">
				<?php
				carefit_field( 'center_name', __( 'Center name', 'carefit' ), __( 'Visitors see it on the start screen and in the next steps of their result.', 'carefit' ), $text( 'center_name' ) );
				carefit_field( 'phone', __( 'Phone', 'carefit' ), __( 'The number a result asks visitors to call, as a tap-to-call button.', 'carefit' ), $text( 'phone' ), 'tel' );
				carefit_field( 'contact_url', __( 'Contact link', 'carefit' ), __( 'A link to your contact page, shown with the result: https:, tel: or mailto:.', 'carefit' ), $text( 'contact_url' ) );
				?>
				<tr>
					<th scope="row"><?php esc_html_e( 'Levels of care you offer', 'carefit' ); ?></th>
					<td>
						<fieldset data-field="offers" aria-describedby="carefit-offers-hint carefit-offers-error">
							<legend class="screen-reader-text"><?php esc_html_e( 'Levels of care you offer', 'carefit' ); ?></legend>
							<?php foreach ( $levels as $code => $name ) : ?>
								<label><input type="checkbox" name="carefit[offers][]" value="<?php echo esc_attr( $code ); ?>" <?php checked( in_array( $code, $offers, true ) ); ?>> <?php echo esc_html( $name ); ?></label><br>
							<?php endforeach; ?>
						</fieldset>
						<p class="description" id="carefit-offers-hint"><?php esc_html_e( 'Never changes the level a visitor gets; if you don\'t offer it, the result says so and points to referral help. None ticked: not said.', 'carefit' ); ?></p>
						<p class="carefit-error" id="carefit-offers-error" data-error-for="offers"></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="carefit-lang"><?php esc_html_e( 'Language', 'carefit' ); ?></label></th>
					<td>
						<select id="carefit-lang" name="carefit[lang]" data-field="lang" aria-describedby="carefit-lang-hint carefit-lang-error">
							<option value=""><?php esc_html_e( 'Their browser\'s', 'carefit' ); ?></option>
							<option value="en" <?php selected( $text( 'lang' ), 'en' ); ?>><?php esc_html_e( 'English', 'carefit' ); ?></option>
							<option value="es" <?php selected( $text( 'lang' ), 'es' ); ?>><?php esc_html_e( 'Spanish (español)', 'carefit' ); ?></option>
						</select>
						<p class="description" id="carefit-lang-hint"><?php esc_html_e( 'The language visitors start in; they can switch. "Their browser\'s" follows each visitor\'s own setting.', 'carefit' ); ?></p>
						<p class="carefit-error" id="carefit-lang-error" data-error-for="lang"></p>
					</td>
				</tr>
				<?php
				carefit_field( 'theme.accent', __( 'Accent colour', 'carefit' ), __( 'Buttons, links and the drawn week; #rgb or #rrggbb. Too light for text on white, and it is darkened.', 'carefit' ), is_string( $config['theme']['accent'] ?? null ) ? $config['theme']['accent'] : '' );
				?>
				<tr>
					<th scope="row"><?php esc_html_e( 'Event for your page', 'carefit' ); ?></th>
					<td>
						<label><input type="checkbox" name="carefit[events]" value="1" data-field="events" <?php checked( true === ( $config['events'] ?? false ) ); ?> aria-describedby="carefit-events-hint carefit-events-error"> <?php esc_html_e( 'Send the carefit:complete event', 'carefit' ); ?></label>
						<p class="description" id="carefit-events-hint"><?php esc_html_e( 'Off: nothing leaves the widget. On: your page gets one event at the result with the level alone, never an answer.', 'carefit' ); ?></p>
						<p class="carefit-error" id="carefit-events-error" data-error-for="events"></p>
					</td>
				</tr>
			</table>

			<h2><?php esc_html_e( 'Website or kiosk', 'carefit' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Mode', 'carefit' ); ?></th>
					<td>
						<fieldset data-field="mode" aria-describedby="carefit-mode-hint carefit-mode-error">
							<legend class="screen-reader-text"><?php esc_html_e( 'Mode', 'carefit' ); ?></legend>
							<label><input type="radio" name="carefit[mode]" value="standard" <?php checked( 'kiosk' !== ( $config['mode'] ?? '' ) ); ?>> <?php esc_html_e( 'Website', 'carefit' ); ?></label><br>
							<label><input type="radio" name="carefit[mode]" value="kiosk" <?php checked( 'kiosk' === ( $config['mode'] ?? '' ) ); ?>> <?php esc_html_e( 'Kiosk', 'carefit' ); ?></label>
						</fieldset>
						<p class="description" id="carefit-mode-hint"><?php esc_html_e( 'A kiosk is a shared screen: it clears every answer after a quiet spell, and links become text and a QR code. The kiosk file below is always in kiosk mode.', 'carefit' ); ?></p>
						<p class="carefit-error" id="carefit-mode-error" data-error-for="mode"></p>
					</td>
				</tr>
				<?php
				$seconds = function ( $key ) use ( $kiosk ) {
					return is_scalar( $kiosk[ $key ] ?? null ) ? (string) $kiosk[ $key ] : '';
				};
				carefit_field( 'kiosk.idle_seconds', __( 'Kiosk: seconds before "Still there?"', 'carefit' ), __( 'After this long with no touch, a kiosk asks if the visitor is still there (90 if empty).', 'carefit' ), $seconds( 'idle_seconds' ) );
				carefit_field( 'kiosk.countdown_seconds', __( 'Kiosk: seconds to answer it', 'carefit' ), __( 'Then every answer is cleared and the start screen returns (20 if empty).', 'carefit' ), $seconds( 'countdown_seconds' ) );
				carefit_field( 'kiosk.front_desk', __( 'Kiosk: first words of crisis help', 'carefit' ), __( 'What a kiosk\'s "Need help now?" says first ("Tell someone at the front desk now" if empty).', 'carefit' ), $seconds( 'front_desk' ) );
				?>
			</table>

			<h2><?php esc_html_e( 'Crisis help', 'carefit' ); ?></h2>
			<p class="description"><?php esc_html_e( 'Empty: visitors see the US lines (the emergency number, the crisis line, and the others the widget lists). Your lines replace every US number. An empty line is left out; save to get more empty ones. Lines for one language replace these in that language.', 'carefit' ); ?></p>
			<table class="form-table" role="presentation">
				<?php carefit_crisis_fields( 'crisis', $config['crisis'] ?? null ); ?>
			</table>
			<?php
			$names = array(
				'en' => __( 'Only in English', 'carefit' ),
				'es' => __( 'Only in Spanish', 'carefit' ),
			);
			foreach ( CAREFIT_CRISIS_LANGS as $lang ) :
				$own = $config['crisis_by_lang'][ $lang ] ?? null;
				?>
				<details class="carefit-crisis-lang" <?php echo is_array( $own ) ? 'open' : ''; ?>>
					<summary><?php echo esc_html( $names[ $lang ] ); ?></summary>
					<table class="form-table" role="presentation">
						<?php carefit_crisis_fields( "crisis_by_lang.$lang", $own ); ?>
					</table>
				</details>
			<?php endforeach; ?>

			<h2><?php esc_html_e( 'Referral line', 'carefit' ); ?></h2>
			<p class="description"><?php esc_html_e( 'The line a result names when you don\'t offer the level or have no phone (SAMHSA\'s National Helpline if empty). With crisis lines of your own no US number shows, so name yours here.', 'carefit' ); ?></p>
			<table class="form-table" role="presentation">
				<?php carefit_line_fields( 'referral', is_array( $config['referral'] ?? null ) ? $config['referral'] : array(), __( 'Referral line', 'carefit' ) ); ?>
			</table>
			<?php submit_button( __( 'Save settings', 'carefit' ), 'primary', 'submit', true, array( 'data-action' => 'save' ) ); ?>
		</form>

		<h2 id="carefit-preview-heading"><?php esc_html_e( 'Preview', 'carefit' ); ?></h2>
		<p class="description"><?php esc_html_e( 'The real widget with the settings above, as they are now in the form (a setting with an error is left out until it is fixed).', 'carefit' ); ?></p>
		<div class="carefit-preview" data-preview role="region" aria-labelledby="carefit-preview-heading"></div>

		<h2><?php esc_html_e( 'A kiosk file', 'carefit' ); ?></h2>
		<p><?php esc_html_e( 'carefit-kiosk.html with these settings, in kiosk mode: one file that runs from a USB stick or any folder, with no network.', 'carefit' ); ?></p>
		<p><button type="button" class="button" data-action="download-kiosk"><?php esc_html_e( 'Download carefit-kiosk.html', 'carefit' ); ?></button>
			<span id="carefit-kiosk-status" role="status"></span></p>
	</div>
	<?php
	echo carefit_style_tag( 'admin.css' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_style_tag.
	// The entry and the checker first, each checked by its hash, into the
	// page's module map, where admin.js's imports find them.
	echo carefit_script_tag( 'carefit.js' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_script_tag.
	echo carefit_script_tag( 'carefit-setup.js' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_script_tag.
	echo carefit_script_tag( 'admin.js' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in carefit_script_tag.
}
