/**
 * Indonesian mobile numbers as people write them (0812-3456-7890, 62 812..., +62 812...) in the
 * E.164 form the API keeps (+6281234567890). Anything else is passed through for the server
 * to judge.
 */
export function normalisePhone(raw: string): string {
  const compact = raw.replace(/[\s().-]/g, '');
  if (compact.startsWith('+')) return compact;
  if (compact.startsWith('62')) return `+${compact}`;
  if (compact.startsWith('0')) return `+62${compact.slice(1)}`;
  if (compact.startsWith('8')) return `+62${compact}`;
  return compact;
}

/** An email address or a phone number typed into one box. */
export function normaliseIdentifier(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.includes('@') ? trimmed.toLowerCase() : normalisePhone(trimmed);
}
