/**
 * Indonesia's three time zones (Keppres 41/1987). Every MPP keeps time in its own zone:
 * office hours start at 07.30 *local* time (Perpres 21/2023), so service days, queue resets
 * and SLA clocks are always computed in the MPP's zone, never in the server's.
 */
export const INDONESIAN_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

export type IndonesianZone = (typeof INDONESIAN_ZONES)[number];

export type ZoneAbbreviation = 'WIB' | 'WITA' | 'WIT';

const ZONE_FACTS = {
  'Asia/Jakarta': { abbreviation: 'WIB', offsetHours: 7 },
  'Asia/Makassar': { abbreviation: 'WITA', offsetHours: 8 },
  'Asia/Jayapura': { abbreviation: 'WIT', offsetHours: 9 },
} as const satisfies Record<IndonesianZone, { abbreviation: ZoneAbbreviation; offsetHours: number }>;

/** True when `value` is one of the three Indonesian IANA zones. */
export function isIndonesianZone(value: string): value is IndonesianZone {
  return Object.hasOwn(ZONE_FACTS, value);
}

/** The abbreviation citizens read on screens and tickets: WIB, WITA or WIT. */
export function zoneAbbreviation(zone: IndonesianZone): ZoneAbbreviation {
  return ZONE_FACTS[zone].abbreviation;
}

/**
 * The zone's offset from UTC in hours (+7, +8, +9). Indonesia has no daylight saving time,
 * so the offset is constant for any date since 1988.
 */
export function utcOffsetHours(zone: IndonesianZone): number {
  return ZONE_FACTS[zone].offsetHours;
}
