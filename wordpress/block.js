// The block carefit/widget in the editor: no build of its own, only
// WordPress's own editor scripts. The page shows what the server renders
// (includes/render.php, the same markup as [carefit]); here, a note and the
// block's three settings.
((blocks, element, blockEditor, components) => {
  const el = element.createElement;
  const choose = (label, value, options, onChange) => el(components.SelectControl, { label, value, options, onChange });
  blocks.registerBlockType('carefit/widget', {
    edit({ attributes, setAttributes }) {
      return el('div', blockEditor.useBlockProps({ className: 'carefit-block-placeholder' }),
        el(blockEditor.InspectorControls, null,
          el(components.PanelBody, { title: 'carefit' },
            choose('Language', attributes.lang, [
              { label: 'The center\'s, or the visitor\'s browser\'s', value: '' },
              { label: 'English', value: 'en' }, { label: 'Spanish (español)', value: 'es' }],
            (lang) => setAttributes({ lang })),
            choose('Heading level', String(attributes.headingLevel ?? ''), [
              { label: 'Default', value: '' }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ label: `h${n}`, value: String(n) }))],
            (level) => setAttributes({ headingLevel: level ? Number(level) : undefined })),
            choose('Where it runs', attributes.mode, [
              { label: 'In the page', value: '' },
              { label: 'In a frame of its own (sites with analytics or session replay)', value: 'iframe' }],
            (mode) => setAttributes({ mode })))),
        el('p', null, 'carefit: the level-of-care self-check shows here on the published page. Its settings are under Settings → carefit.'));
    },
    save: () => null,
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components);
