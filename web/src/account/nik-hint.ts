import { analyseNik, type NikAnalysis, normaliseNik } from '../../../src/domain/identity/nik.js';

/**
 * A live reading of the NIK as it is typed, with the server's own rules and words
 * (src/domain/identity/nik.ts), so the hint and the server's answer never disagree.
 * The server checks more (region codes, the register); this only reads the structure.
 */
export type NikHint =
  | { kind: 'empty' }
  | { kind: 'partial'; digits: number }
  | { kind: 'problems'; messages: string[] }
  | { kind: 'complete'; region: string; birthDate: string; sex: 'L' | 'P'; warnings: string[] };

function todayOnDevice(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function readNik(raw: string, language: string): NikHint {
  const nik = normaliseNik(raw);
  if (nik === '') return { kind: 'empty' };
  if (/^\d{1,15}$/.test(nik)) return { kind: 'partial', digits: nik.length };
  const pick = (message: { id: string; en: string }) => (language === 'en' ? message.en : message.id);
  const analysis: NikAnalysis = analyseNik(nik, { today: todayOnDevice() });
  if (!analysis.ok) return { kind: 'problems', messages: analysis.problems.map((p) => pick(p.message)) };
  return {
    kind: 'complete',
    region: analysis.regionCode,
    birthDate: analysis.birthDate,
    sex: analysis.sex,
    warnings: analysis.warnings.map((w) => pick(w.message)),
  };
}

/** What the person typed, as the API wants it: digits only. */
export const cleanNik = normaliseNik;
