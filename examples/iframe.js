// The parent side of the iframe embed: size the frame to the height the
// widget reports. Height is all it ever sends.
const frame = document.getElementById('carefit-frame');
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const { type, height } = event.data || {};
  if (type === 'carefit:height' && Number.isFinite(height)) frame.style.height = `${height}px`;
});
