/** The MPP a board shows: /layar/<slug or id> (or ?mpp= when opened as display.html). */
export function boardMppRef(location: Location): string | null {
  const match = /^\/layar\/([^/]+)\/?$/.exec(location.pathname);
  if (match?.[1]) return decodeURIComponent(match[1]);
  return new URLSearchParams(location.search).get('mpp');
}
