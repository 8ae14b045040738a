import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseLocalDate } from '../time/index.js';
import { analyseNik, checkNikAgainstProfile, maskNik, type NikAnalysis, type NikPart, normaliseNik } from './nik.js';

const TODAY = '2026-11-28';

function analyse(nik: string, today = TODAY): NikAnalysis {
  return analyseNik(nik, { today });
}

function valid(nik: string, today = TODAY): NikAnalysis & { ok: true } {
  const result = analyse(nik, today);
  if (!result.ok) throw new Error(`expected ${nik} to be valid: ${JSON.stringify(result.problems)}`);
  return result;
}

function partsOf(result: NikAnalysis): NikPart[] {
  return result.ok ? result.warnings.map((w) => w.part) : result.problems.map((p) => p.part);
}

/** Builds a NIK from its parts; the day is given as on the KTP (women + 40). */
function nikOf(parts: { region?: string; day: number; month: number; yy: number; serial?: string }): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parts.region ?? '317406'}${pad(parts.day)}${pad(parts.month)}${pad(parts.yy)}${parts.serial ?? '0001'}`;
}

describe('analyseNik', () => {
  it('reads region, sex and birth date from a man’s NIK', () => {
    const result = valid('3174061505900001');
    expect(result).toMatchObject({
      nik: '3174061505900001',
      sex: 'L',
      birthDay: 15,
      birthMonth: 5,
      birthYearTwoDigits: 90,
      birthDateCandidates: ['1990-05-15'],
      birthDate: '1990-05-15',
      regionCode: '31.74.06',
      warnings: [],
    });
  });

  it('reads a woman’s birth day by subtracting 40', () => {
    const result = valid('3174065505900002');
    expect(result.sex).toBe('P');
    expect(result.birthDay).toBe(15);
    expect(result.birthDateCandidates).toEqual(['1990-05-15']);
  });

  it('accepts the edges of both day ranges: 01, 31, 41 and 71', () => {
    expect(valid(nikOf({ day: 1, month: 1, yy: 80 })).sex).toBe('L');
    expect(valid(nikOf({ day: 31, month: 1, yy: 80 })).birthDay).toBe(31);
    expect(valid(nikOf({ day: 41, month: 1, yy: 80 })).birthDay).toBe(1);
    expect(valid(nikOf({ day: 71, month: 1, yy: 80 })).birthDay).toBe(31);
  });

  it('accepts spaces, dots and dashes between the digits and normalises them away', () => {
    expect(valid('31.74.06 150590-0001').nik).toBe('3174061505900001');
    expect(normaliseNik(' 3174 0615 0590 0001 ')).toBe('3174061505900001');
  });

  it('rejects a NIK that is not 16 digits long and says how many were typed', () => {
    const result = analyse('317406150590001');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          part: 'length',
          message: { id: 'NIK harus 16 angka (Anda mengetik 15)', en: 'A NIK has 16 digits (you typed 15)' },
        },
      ],
    });
  });

  it('rejects letters, naming the character and its position', () => {
    const result = analyse('31740615059O0001');
    expect(partsOf(result)).toEqual(['digits']);
    expect(result.ok ? '' : result.problems[0]?.message.id).toBe(
      'NIK hanya berisi angka 0–9; karakter ke-12 adalah "O"',
    );
  });

  it('rejects non-ASCII digits such as full-width ones', () => {
    expect(partsOf(analyse('３１７４０６１５０５９００００１'))).toEqual(['digits']);
  });

  it('reports both a stray letter and a wrong length', () => {
    expect(partsOf(analyse('3174A'))).toEqual(['digits', 'length']);
  });

  it('rejects a birth day outside 01–31 and 41–71, naming digits 7–8', () => {
    for (const day of [0, 32, 40, 72, 99]) {
      const result = analyse(nikOf({ day, month: 5, yy: 90 }));
      expect(partsOf(result)).toEqual(['day']);
    }
    const result = analyse(nikOf({ day: 35, month: 5, yy: 90 }));
    expect(result.ok ? undefined : result.problems[0]?.message).toEqual({
      id: 'Digit 7–8 (tanggal lahir) harus 01–31, atau 41–71 untuk perempuan (tertulis 35)',
      en: 'Digits 7–8 (birth day) must be 01–31, or 41–71 for women (found 35)',
    });
  });

  it('rejects a birth month outside 01–12, naming digits 9–10', () => {
    for (const month of [0, 13, 99]) {
      expect(partsOf(analyse(nikOf({ day: 15, month, yy: 90 })))).toEqual(['month']);
    }
  });

  it('reports a wrong day and a wrong month together', () => {
    expect(partsOf(analyse(nikOf({ day: 32, month: 13, yy: 90 })))).toEqual(['day', 'month']);
  });

  it('rejects a day that does not exist in its month', () => {
    const result = analyse(nikOf({ day: 31, month: 2, yy: 90 }));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          part: 'date',
          message: {
            id: 'Tanggal lahir 31-02 tidak ada (digit 7–10)',
            en: 'Birth date 31-02 does not exist (digits 7–10)',
          },
        },
      ],
    });
    expect(partsOf(analyse(nikOf({ day: 71, month: 4, yy: 90 })))).toEqual(['date']);
  });

  it('accepts 29 February only for years where it exists, and lists only those years', () => {
    expect(valid(nikOf({ day: 29, month: 2, yy: 0 })).birthDateCandidates).toEqual(['2000-02-29']);
    expect(valid(nikOf({ day: 69, month: 2, yy: 24 })).birthDateCandidates).toEqual(['2024-02-29', '1924-02-29']);
    expect(valid(nikOf({ day: 29, month: 2, yy: 96 })).birthDateCandidates).toEqual(['1996-02-29']);
    const result = analyse(nikOf({ day: 29, month: 2, yy: 1 }));
    expect(partsOf(result)).toEqual(['date']);
    expect(result.ok ? '' : result.problems[0]?.message.en).toBe(
      'Birth date 29-02 does not exist in 1901 or 2001 (digits 7–12)',
    );
  });

  it('leaves out the 20YY century when that date is still in the future', () => {
    const result = valid(nikOf({ day: 30, month: 12, yy: 26 }), '2026-11-28');
    expect(result.birthDateCandidates).toEqual(['1926-12-30']);
    expect(result.birthDate).toBe('1926-12-30');
  });

  it('counts a birth date of today as not in the future', () => {
    expect(valid(nikOf({ day: 28, month: 11, yy: 26 }), '2026-11-28').birthDateCandidates).toEqual([
      '2026-11-28',
      '1926-11-28',
    ]);
  });

  it('offers both centuries when both are past, the latest first as the likely date', () => {
    const result = valid(nikOf({ day: 10, month: 3, yy: 5 }));
    expect(result.birthDateCandidates).toEqual(['2005-03-10', '1905-03-10']);
    expect(result.birthDate).toBe('2005-03-10');
  });

  it('warns about serial 0000 without rejecting the NIK', () => {
    const result = valid(nikOf({ day: 15, month: 5, yy: 90, serial: '0000' }));
    expect(partsOf(result)).toEqual(['serial']);
  });

  it('warns, without rejecting, about region codes that cannot exist when no region data is given', () => {
    expect(partsOf(valid(nikOf({ region: '007406', day: 15, month: 5, yy: 90 })))).toEqual(['province']);
    expect(partsOf(valid(nikOf({ region: '310006', day: 15, month: 5, yy: 90 })))).toEqual(['regency']);
    expect(partsOf(valid(nikOf({ region: '317400', day: 15, month: 5, yy: 90 })))).toEqual(['district']);
  });

  it('warns about the widest unknown part of the region code given by the region data', () => {
    const isKnownRegion = (code: { province: string; regency: string; district: string }) => ({
      province: code.province === '31',
      regency: code.province === '31' && code.regency === '74',
      district: code.province === '31' && code.regency === '74' && code.district === '06',
    });
    const check = (region: string) =>
      partsOf(analyseNik(nikOf({ region, day: 15, month: 5, yy: 90 }), { today: TODAY, isKnownRegion }));
    expect(check('317406')).toEqual([]);
    expect(check('317499')).toEqual(['district']);
    expect(check('319906')).toEqual(['regency']);
    expect(check('997406')).toEqual(['province']);
    const result = analyseNik(nikOf({ region: '997406', day: 15, month: 5, yy: 90 }), { today: TODAY, isKnownRegion });
    expect(result.ok && result.warnings[0]?.message.id).toContain('Digit 1–2 (kode provinsi 99)');
  });

  it('throws on a malformed today, which is a programming error and not the citizen’s', () => {
    expect(() => analyseNik('3174061505900001', { today: '28-11-2026' })).toThrow(RangeError);
  });
});

describe('checkNikAgainstProfile', () => {
  it('accepts a declared birth date and sex that agree with the NIK', () => {
    expect(checkNikAgainstProfile(valid('3174065505900002'), { birthDate: '1990-05-15', sex: 'P' })).toEqual([]);
  });

  it('resolves the century with the declared birth date', () => {
    const analysis = valid(nikOf({ day: 10, month: 3, yy: 5 }));
    expect(checkNikAgainstProfile(analysis, { birthDate: '1905-03-10' })).toEqual([]);
    expect(checkNikAgainstProfile(analysis, { birthDate: '2005-03-10' })).toEqual([]);
    expect(partsOf({ ok: false, problems: checkNikAgainstProfile(analysis, { birthDate: '1805-03-10' }) })).toEqual([
      'birth_date_mismatch',
    ]);
  });

  it('names the NIK’s date and the declared one when they differ', () => {
    const [problem] = checkNikAgainstProfile(valid('3174061505900001'), { birthDate: '1990-05-16' });
    expect(problem).toEqual({
      part: 'birth_date_mismatch',
      message: {
        id: 'Tanggal lahir pada NIK (digit 7–12: 15-05-90) tidak sama dengan tanggal lahir yang diisi (16-05-1990)',
        en: 'The birth date in the NIK (digits 7–12: 15-05-90) differs from the declared birth date (16-05-1990)',
      },
    });
  });

  it('rejects a declared sex that contradicts the +40 rule', () => {
    expect(checkNikAgainstProfile(valid('3174061505900001'), { sex: 'P' }).map((p) => p.part)).toEqual([
      'sex_mismatch',
    ]);
    expect(checkNikAgainstProfile(valid('3174065505900002'), { sex: 'L' }).map((p) => p.part)).toEqual([
      'sex_mismatch',
    ]);
  });

  it('checks nothing that was not declared', () => {
    expect(checkNikAgainstProfile(valid('3174061505900001'), {})).toEqual([]);
  });
});

describe('maskNik', () => {
  it('keeps the first 4 and last 4 digits', () => {
    expect(maskNik('3174061505900001')).toBe('3174********0001');
    expect(maskNik('3174 0615 0590 0001')).toBe('3174********0001');
  });

  it('hides everything of a value that is not 16 digits long', () => {
    expect(maskNik('12345')).toBe('****************');
  });
});

const birthDateArb = fc
  .integer({ min: 0, max: daysBetweenEpochAndToday() })
  .map((n) => addDays(parseLocalDate('1900-01-01'), n));
const regionArb = fc.stringMatching(/^[0-9]{6}$/);
const serialArb = fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0'));
const sexArb = fc.constantFrom<'L' | 'P'>('L', 'P');

function daysBetweenEpochAndToday(): number {
  return Math.round((Date.parse(TODAY) - Date.parse('1900-01-01')) / 86_400_000);
}

function generatedNik(region: string, birthDate: string, sex: 'L' | 'P', serial: string): string {
  const [year = '', month = '', day = ''] = birthDate.split('-');
  const dd = String(Number(day) + (sex === 'P' ? 40 : 0)).padStart(2, '0');
  return `${region}${dd}${month}${year.slice(2)}${serial}`;
}

describe('NIK properties', () => {
  it('accepts every NIK built from a region, a real past birth date, a sex and a serial 0001–9999', () => {
    fc.assert(
      fc.property(regionArb, birthDateArb, sexArb, serialArb, (region, birthDate, sex, serial) => {
        const result = analyse(generatedNik(region, birthDate, sex, serial));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.sex).toBe(sex);
        expect(result.birthDateCandidates).toContain(birthDate);
        expect(checkNikAgainstProfile(result, { birthDate, sex })).toEqual([]);
        expect(result.warnings.every((w) => ['province', 'regency', 'district'].includes(w.part))).toBe(true);
      }),
    );
  });

  it('rejects a NIK whose day or month digits were changed to an impossible value, naming that part', () => {
    fc.assert(
      fc.property(
        regionArb,
        birthDateArb,
        sexArb,
        serialArb,
        fc.integer({ min: 6, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        (region, birthDate, sex, serial, position, digit) => {
          const original = generatedNik(region, birthDate, sex, serial);
          const changed = `${original.slice(0, position)}${digit}${original.slice(position + 1)}`;
          const dd = Number(changed.slice(6, 8));
          const mm = Number(changed.slice(8, 10));
          const part = position < 8 ? 'day' : 'month';
          const isImpossible = part === 'day' ? !((dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71)) : mm < 1 || mm > 12;
          fc.pre(isImpossible);
          const result = analyse(changed);
          expect(result.ok).toBe(false);
          expect(partsOf(result)).toEqual([part]);
        },
      ),
    );
  });

  it('never accepts a birth date that does not exist in either century', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
        (day, month, yy) => {
          const result = analyse(nikOf({ day, month, yy }));
          if (!result.ok) return;
          for (const candidate of result.birthDateCandidates) {
            expect(candidate.slice(5)).toBe(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
            expect(candidate <= TODAY).toBe(true);
            expect(new Date(`${candidate}T00:00:00Z`).toISOString().slice(0, 10)).toBe(candidate);
          }
        },
      ),
    );
  });

  it('masks to 16 characters that keep exactly the first 4 and last 4 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{16}$/), (nik) => {
        const masked = maskNik(nik);
        expect(masked).toHaveLength(16);
        expect(masked.slice(0, 4)).toBe(nik.slice(0, 4));
        expect(masked.slice(-4)).toBe(nik.slice(-4));
        expect(masked.slice(4, 12)).toBe('********');
      }),
    );
  });
});
