/**
 * Queue numbers (DOMAIN.md section 0 and 9.1): a service prefix of one or two letters and three
 * digits, `A-012`, reset each service day in the MPP's zone; the ticket id never resets. No
 * national standard prescribes the format (UNCONFIRMED), so prefixes are configuration.
 */

/** One or two capital letters. */
export const PREFIX_PATTERN = /^[A-Z]{1,2}$/;

/** Numbers are printed with at least three digits; past 999 they simply grow (A-1000). */
export function formatDisplayNumber(prefix: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Not a ticket number: ${number}`);
  return `${prefix}-${String(number).padStart(3, '0')}`;
}

/**
 * The first prefix not in `taken`, in the order A..Z, then AA..ZZ; `reserved` (e.g. the
 * priority series' P) is never handed out. Undefined when all 702 are used.
 */
export function nextFreePrefix(taken: Iterable<string>, reserved: Iterable<string> = []): string | undefined {
  const used = new Set([...taken, ...reserved]);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) if (!used.has(a)) return a;
  for (const a of letters) for (const b of letters) if (!used.has(a + b)) return a + b;
  return undefined;
}
