/**
 * Turning what a citizen types into search groups. Pure: the synonym table and the vocabulary
 * come in as arguments. Each group is one thing the citizen asked for ("bikin" or "paspor");
 * a service matches a group when it matches any of the group's alternatives, and results are
 * ranked by how many groups they cover.
 */

/** Words that carry no intent in a service search ("cara bikin paspor di surabaya"). */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'cara',
  'syarat',
  'persyaratan',
  'gimana',
  'bagaimana',
  'mau',
  'ingin',
  'pengen',
  'saya',
  'aku',
  'di',
  'ke',
  'dan',
  'yang',
  'untuk',
  'utk',
  'buat',
  'dengan',
  'dong',
  'tolong',
  'mohon',
  'apa',
  'dimana',
  'mana',
  'the',
  'of',
  'for',
]);

/** Noise words that still mean "make a new one" and are worth expanding when a synonym exists. */
const INTENT_WORDS: ReadonlySet<string> = new Set(['buat']);

export type SearchGroup = {
  /** What the citizen typed for this group. */
  readonly typed: string;
  /** Alternatives that satisfy the group: the typed words, corrections, synonyms. */
  readonly alternatives: readonly string[];
  readonly source: 'typed' | 'synonym' | 'typo';
  readonly correctedTo?: string;
  readonly synonyms?: readonly string[];
};

export function normaliseQuery(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\-\s]/g, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokenise(text: string): string[] {
  const normalised = normaliseQuery(text);
  return normalised ? normalised.split(' ').slice(0, 12) : [];
}

export type GroupingInput = {
  tokens: readonly string[];
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** Correction for an unknown word, if the vocabulary has a close one. */
  corrections: ReadonlyMap<string, string>;
};

/**
 * Groups tokens: the longest phrase with a synonym entry wins; noise words are dropped unless
 * nothing else is left; unknown words carry their correction as an alternative.
 */
export function buildGroups({ tokens, synonyms, corrections }: GroupingInput): SearchGroup[] {
  const groups: SearchGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const expansions = synonyms.get(phrase);
      if (expansions) {
        groups.push({
          typed: phrase,
          alternatives: unique([phrase, ...expansions]),
          source: 'synonym',
          synonyms: expansions,
        });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const token = tokens[i] as string;
    const correction = corrections.get(token);
    if (correction) {
      const expansions = synonyms.get(correction) ?? [];
      groups.push({
        typed: token,
        alternatives: unique([token, correction, ...expansions]),
        source: 'typo',
        correctedTo: correction,
        ...(expansions.length > 0 ? { synonyms: expansions } : {}),
      });
    } else {
      groups.push({ typed: token, alternatives: [token], source: 'typed' });
    }
    i += 1;
  }
  const meaningful = groups.filter((g) => !isNoise(g));
  return meaningful.length > 0 ? meaningful : groups;
}

function isNoise(group: SearchGroup): boolean {
  if (!NOISE_WORDS.has(group.typed)) return false;
  return !(INTENT_WORDS.has(group.typed) && group.source === 'synonym');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))];
}

/** Words worth a typo lookup: long enough to be a word, not a number, not a noise word. */
export function needsCorrection(token: string): boolean {
  return token.length >= 4 && !/^\d+$/.test(token) && !NOISE_WORDS.has(token);
}
