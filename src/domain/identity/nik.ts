import { isLocalDate, parseLocalDate } from '../time/local-date.js';

/**
 * NIK (Nomor Induk Kependudukan), DOMAIN.md 7.1: 16 digits `PP KK CC DDMMYY SSSS`.
 * PP province, KK kabupaten/kota, CC kecamatan of first issue; DDMMYY the birth date, with 40
 * added to the day for women (41-71); SSSS a serial among people of that kecamatan born that day.
 * There is no check digit, so a well-formed NIK can still belong to nobody: only the population
 * registry (Dukcapil) can confirm it. The statutory source of the format is UNCONFIRMED.
 */

/** A bilingual message for the citizen, naming the digits that are wrong. */
export type NikMessage = { id: string; en: string };

export type NikPart =
  | 'length'
  | 'digits'
  | 'province'
  | 'regency'
  | 'district'
  | 'day'
  | 'month'
  | 'date'
  | 'serial'
  | 'birth_date_mismatch'
  | 'sex_mismatch';

export type NikProblem = { part: NikPart; message: NikMessage };

/** 'L' laki-laki (man), 'P' perempuan (woman), as on the KTP. */
export type NikSex = 'L' | 'P';

export type RegionCode = { province: string; regency: string; district: string };
export type RegionKnowledge = { province: boolean; regency: boolean; district: boolean };

export type NikAnalysis =
  | {
      ok: true;
      /** The normalised 16 digits. */
      nik: string;
      sex: NikSex;
      /** Day of birth with the +40 for women removed (1-31). */
      birthDay: number;
      birthMonth: number;
      birthYearTwoDigits: number;
      /**
       * Every date 19YY-MM-DD and 20YY-MM-DD that exists and is not after `today`, latest first.
       * Two candidates means the century is ambiguous; a declared birth date settles it
       * (`checkNikAgainstProfile`).
       */
      birthDateCandidates: string[];
      /** The latest candidate: the likely birth date when nothing else is known. */
      birthDate: string;
      /** Kemendagri kecamatan code of first issue, '31.74.06'. */
      regionCode: string;
      /** Doubts that do not make the NIK invalid: unknown region codes, serial 0000. */
      warnings: NikProblem[];
    }
  | { ok: false; problems: NikProblem[] };

export type AnalyseNikOptions = {
  /** The date the analysis is made on (ISO 'YYYY-MM-DD'), so a birth date is never in the future. */
  today: string;
  /**
   * Which parts of the region code exist in the current Kemendagri data. Without it only
   * codes that cannot exist ('00') are warned about.
   */
  isKnownRegion?: (code: RegionCode) => RegionKnowledge;
};

const NIK_LENGTH = 16;
const SEPARATORS = /[\s.\-\u2010-\u2015]/g;
/** DOMAIN.md 7.1: women's birth day is recorded as day + 40. */
const WOMAN_DAY_OFFSET = 40;

/** Removes the spaces, dots and dashes people type between groups of digits. */
export function normaliseNik(input: string): string {
  return input.replace(SEPARATORS, '');
}

/** '3174********0001': the first 4 and last 4 digits, the rest hidden (DOMAIN.md section 0). */
export function maskNik(nik: string): string {
  const digits = normaliseNik(nik);
  if (digits.length !== NIK_LENGTH) return '*'.repeat(NIK_LENGTH);
  return `${digits.slice(0, 4)}${'*'.repeat(NIK_LENGTH - 8)}${digits.slice(-4)}`;
}

/**
 * Checks a NIK's structure and reads what it encodes. Problems make it invalid; warnings
 * (an unknown region code, serial 0000) do not, because NIKs keep the region code of their
 * first issue and regions have been split and renumbered since.
 */
export function analyseNik(input: string, options: AnalyseNikOptions): NikAnalysis {
  const today = parseLocalDate(options.today);
  const nik = normaliseNik(input);

  const shapeProblems = findShapeProblems(nik);
  if (shapeProblems.length > 0) return { ok: false, problems: shapeProblems };

  const dd = Number(nik.slice(6, 8));
  const mm = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const problems: NikProblem[] = [];
  const isWoman = dd >= 1 + WOMAN_DAY_OFFSET && dd <= 31 + WOMAN_DAY_OFFSET;
  const isDayInRange = isWoman || (dd >= 1 && dd <= 31);
  if (!isDayInRange) problems.push(dayOutOfRange(nik.slice(6, 8)));
  if (mm < 1 || mm > 12) problems.push(monthOutOfRange(nik.slice(8, 10)));
  if (problems.length > 0) return { ok: false, problems };

  const day = isWoman ? dd - WOMAN_DAY_OFFSET : dd;
  const candidates = birthDateCandidates(day, mm, yy, today);
  if (candidates.existing.length === 0) return { ok: false, problems: [dateMissing(day, mm, yy)] };
  const [latest] = candidates.notFuture;
  if (latest === undefined) return { ok: false, problems: [dateInFuture(day, mm, yy)] };

  const region = { province: nik.slice(0, 2), regency: nik.slice(2, 4), district: nik.slice(4, 6) };
  const warnings = findRegionWarnings(region, options.isKnownRegion);
  if (nik.slice(12) === '0000') warnings.push(SERIAL_ZERO);

  return {
    ok: true,
    nik,
    sex: isWoman ? 'P' : 'L',
    birthDay: day,
    birthMonth: mm,
    birthYearTwoDigits: yy,
    birthDateCandidates: candidates.notFuture,
    birthDate: latest,
    regionCode: `${region.province}.${region.regency}.${region.district}`,
    warnings,
  };
}

/**
 * Compares a valid NIK with what the citizen declared. The declared birth date must be one of
 * the NIK's candidates (this is also how the century is resolved); the sex must match the
 * +40 rule.
 */
export function checkNikAgainstProfile(
  analysis: NikAnalysis & { ok: true },
  profile: { birthDate?: string | undefined; sex?: NikSex | undefined },
): NikProblem[] {
  const problems: NikProblem[] = [];
  if (profile.birthDate !== undefined && !analysis.birthDateCandidates.includes(profile.birthDate)) {
    problems.push(birthDateMismatch(analysis, profile.birthDate));
  }
  if (profile.sex !== undefined && profile.sex !== analysis.sex) {
    problems.push(sexMismatch(analysis.sex));
  }
  return problems;
}

function findShapeProblems(nik: string): NikProblem[] {
  const problems: NikProblem[] = [];
  const strayIndex = nik.search(/[^0-9]/);
  if (strayIndex >= 0) {
    // Array.from counts code points, so an emoji is one character as the user sees it.
    const characters = Array.from(nik);
    const position = Array.from(nik.slice(0, strayIndex)).length + 1;
    const stray = characters[position - 1] ?? '';
    problems.push({
      part: 'digits',
      message: {
        id: `NIK hanya berisi angka 0–9; karakter ke-${position} adalah "${stray}"`,
        en: `A NIK contains only the digits 0–9; character ${position} is "${stray}"`,
      },
    });
  }
  const typed = Array.from(nik).length;
  if (typed !== NIK_LENGTH) {
    problems.push({
      part: 'length',
      message: {
        id: `NIK harus 16 angka (Anda mengetik ${typed})`,
        en: `A NIK has 16 digits (you typed ${typed})`,
      },
    });
  }
  return problems;
}

function birthDateCandidates(
  day: number,
  month: number,
  yy: number,
  today: string,
): { existing: string[]; notFuture: string[] } {
  const existing = [2000, 1900].map((century) => isoDate(century + yy, month, day)).filter((date) => isLocalDate(date));
  return { existing, notFuture: existing.filter((date) => date <= today) };
}

function findRegionWarnings(region: RegionCode, isKnownRegion: AnalyseNikOptions['isKnownRegion']): NikProblem[] {
  const known = isKnownRegion?.(region) ?? {
    province: region.province !== '00',
    regency: region.regency !== '00',
    district: region.district !== '00',
  };
  // Report only the widest unknown part: under an unknown province every regency is unknown too.
  if (!known.province) return [regionUnknown('province', region.province)];
  if (!known.regency) return [regionUnknown('regency', `${region.province}.${region.regency}`)];
  if (!known.district) {
    return [regionUnknown('district', `${region.province}.${region.regency}.${region.district}`)];
  }
  return [];
}

const REGION_PARTS = {
  province: { digits: '1–2', id: 'kode provinsi', en: 'province code' },
  regency: { digits: '3–4', id: 'kode kabupaten/kota', en: 'regency/city code' },
  district: { digits: '5–6', id: 'kode kecamatan', en: 'district (kecamatan) code' },
} as const;

function regionUnknown(part: keyof typeof REGION_PARTS, code: string): NikProblem {
  const { digits, id, en } = REGION_PARTS[part];
  return {
    part,
    message: {
      id: `Digit ${digits} (${id} ${code}) tidak ada dalam data wilayah Kemendagri saat ini. NIK memakai kode wilayah saat pertama terbit, jadi ini bisa benar; periksa kembali.`,
      en: `Digits ${digits} (${en} ${code}) are not in the current Kemendagri region data. A NIK keeps the code of its first issue, so this may be right; check it again.`,
    },
  };
}

function dayOutOfRange(found: string): NikProblem {
  return {
    part: 'day',
    message: {
      id: `Digit 7–8 (tanggal lahir) harus 01–31, atau 41–71 untuk perempuan (tertulis ${found})`,
      en: `Digits 7–8 (birth day) must be 01–31, or 41–71 for women (found ${found})`,
    },
  };
}

function monthOutOfRange(found: string): NikProblem {
  return {
    part: 'month',
    message: {
      id: `Digit 9–10 (bulan lahir) harus 01–12 (tertulis ${found})`,
      en: `Digits 9–10 (birth month) must be 01–12 (found ${found})`,
    },
  };
}

function dateMissing(day: number, month: number, yy: number): NikProblem {
  const dayMonth = `${pad(day)}-${pad(month)}`;
  // 29-02 exists in some years: say which two years were tried.
  const isLeapDay = day === 29 && month === 2;
  return {
    part: 'date',
    message: isLeapDay
      ? {
          id: `Tanggal lahir ${dayMonth} tidak ada pada tahun 19${pad(yy)} maupun 20${pad(yy)} (digit 7–12)`,
          en: `Birth date ${dayMonth} does not exist in 19${pad(yy)} or 20${pad(yy)} (digits 7–12)`,
        }
      : {
          id: `Tanggal lahir ${dayMonth} tidak ada (digit 7–10)`,
          en: `Birth date ${dayMonth} does not exist (digits 7–10)`,
        },
  };
}

function dateInFuture(day: number, month: number, yy: number): NikProblem {
  const date = `${pad(day)}-${pad(month)}-${pad(yy)}`;
  return {
    part: 'date',
    message: {
      id: `Tanggal lahir ${date} (digit 7–12) belum terjadi`,
      en: `Birth date ${date} (digits 7–12) is in the future`,
    },
  };
}

/** DOMAIN.md 7.1: whether serial 0000 is ever issued is UNCONFIRMED, so it is only a warning. */
const SERIAL_ZERO: NikProblem = {
  part: 'serial',
  message: {
    id: 'Digit 13–16 (nomor urut) bernilai 0000, yang tidak lazim; periksa kembali',
    en: 'Digits 13–16 (serial number) are 0000, which is unusual; check it again',
  },
};

function birthDateMismatch(analysis: NikAnalysis & { ok: true }, declared: string): NikProblem {
  const fromNik = `${pad(analysis.birthDay)}-${pad(analysis.birthMonth)}-${pad(analysis.birthYearTwoDigits)}`;
  const declaredShown = isLocalDate(declared) ? formatDayMonthYear(declared) : declared;
  return {
    part: 'birth_date_mismatch',
    message: {
      id: `Tanggal lahir pada NIK (digit 7–12: ${fromNik}) tidak sama dengan tanggal lahir yang diisi (${declaredShown})`,
      en: `The birth date in the NIK (digits 7–12: ${fromNik}) differs from the declared birth date (${declaredShown})`,
    },
  };
}

function sexMismatch(fromNik: NikSex): NikProblem {
  return fromNik === 'P'
    ? {
        part: 'sex_mismatch',
        message: {
          id: 'Digit 7–8 NIK menunjukkan perempuan (tanggal lahir + 40), tetapi jenis kelamin yang diisi laki-laki',
          en: 'Digits 7–8 of the NIK indicate a woman (birth day + 40), but the declared sex is male',
        },
      }
    : {
        part: 'sex_mismatch',
        message: {
          id: 'Digit 7–8 NIK menunjukkan laki-laki (tanggal lahir tanpa + 40), tetapi jenis kelamin yang diisi perempuan',
          en: 'Digits 7–8 of the NIK indicate a man (birth day without + 40), but the declared sex is female',
        },
      };
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function formatDayMonthYear(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
