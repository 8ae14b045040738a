import { useTranslation } from 'react-i18next';
import type { Match } from '../api/types.js';

/** Splits a typo detail such as "paspot → paspor" into its two words. */
function parseCorrection(detail: string): { from: string; to: string } | undefined {
  const parts = detail.split(/\s*(?:→|->|=>)\s*/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { from: parts[0], to: parts[1] };
}

function describeMatch(match: Match, t: ReturnType<typeof useTranslation>['t']): string {
  if (match.reason === 'typo') {
    const correction = parseCorrection(match.detail);
    return correction ? t('match.typo', correction) : t('match.typoPlain', { detail: match.detail });
  }
  return t(`match.${match.reason}`, { detail: match.detail });
}

/**
 * The server names what the citizen typed ("paspot") in every reason; once a typo reason says
 * "paspot" was read as "paspor", the other reasons read better with the corrected word.
 */
function applyTypoCorrections(matched: Match[]): Match[] {
  const corrections = new Map<string, string>();
  for (const match of matched) {
    const correction = match.reason === 'typo' ? parseCorrection(match.detail) : undefined;
    if (correction) corrections.set(correction.from.toLowerCase(), correction.to);
  }
  if (corrections.size === 0) return matched;
  return matched.map((match) =>
    match.reason === 'typo'
      ? match
      : {
          ...match,
          detail: match.detail.replace(/[\p{L}\p{N}-]+/gu, (word) => corrections.get(word.toLowerCase()) ?? word),
        },
  );
}

/** Why a result matched, in one line: "cocok dengan: paspor (nama layanan); 'paspot' dibaca 'paspor'". */
export function MatchSummary({ matched }: { matched: Match[] }) {
  const { t } = useTranslation();
  if (matched.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const match of applyTypoCorrections(matched)) {
    const text = describeMatch(match, t);
    if (!seen.has(text)) {
      seen.add(text);
      parts.push(text);
    }
  }
  return <p className="match">{t('match.summary', { list: parts.join('; ') })}</p>;
}
