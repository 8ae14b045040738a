/** Ticket ids already sent to the printer, so a re-render (or React's StrictMode) never prints twice. */
const printed = new Set<string>();

/** Prints once per ticket; returns whether it printed now. */
export function printOnce(ticketId: string): boolean {
  if (printed.has(ticketId)) return false;
  printed.add(ticketId);
  window.print();
  return true;
}
