/**
 * SVG markup (a QR code) as an image address: shown with <img>, never injected
 * into the page, so nothing in it can run.
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
