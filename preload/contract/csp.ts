/**
 * The renderer's Content-Security-Policy: only the app's own code and data, no remote content, no eval.
 * Emotion (MUI) injects <style> elements, hence 'unsafe-inline' for styles only. Fonts and images may be
 * data: URLs (bundled fonts, logo previews). Vite writes it into index.html; the browser harness also
 * sends it as a header; tests assert both.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
