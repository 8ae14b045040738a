/** The citizen's ticket page; `accessKey` lets the holder cancel or say they run late. */
export function ticketHref(ticketId: string, accessKey?: string): string {
  const base = `/antrean/${encodeURIComponent(ticketId)}`;
  return accessKey ? `${base}?k=${encodeURIComponent(accessKey)}` : base;
}

/** The path of a URL the server sent (statusUrl), so the portal stays on its own origin. */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url, window.location.origin);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
