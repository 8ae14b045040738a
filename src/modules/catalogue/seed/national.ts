import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type {
  CatalogueDocument,
  CatalogueDocumentInput,
  MppInput,
  TenantInput,
} from '../../../domain/catalogue/catalogue-document.js';
import type { Regency } from '../catalogue.areas.js';

/**
 * `seed --scale national`: one generated MPP for each of the 514 kab/kota of idn-area-data,
 * each with the demo's central tenants plus copies of the demo's regional tenants, about 150
 * services per MPP. For benchmarks only; every MPP is flagged as demo data.
 *
 * The output is a list of documents imported in order: regional batches first, then one
 * document with the central tenants (Imigrasi, Polri, DJP, BPJS, ...) present at every MPP.
 */

const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/** Keppres 41/1987 (DOMAIN.md 7.4); Kaltara and the new Papua provinces follow their parents. */
export function zoneOfProvince(provinceCode: string): MppInput['timeZone'] {
  if (WIT.has(provinceCode)) return 'Asia/Jayapura';
  if (WITA.has(provinceCode)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function parseDms(text: string): number | undefined {
  const m = /(\d+)°(\d+)'([\d.]+)"\s*([NSEW])/.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) + Number(m[2]) / 60 + Number(m[3]) / 3600;
  return m[4] === 'S' || m[4] === 'W' ? -value : value;
}

/** Approximate coordinates of each kab/kota: the mean of its islands' coordinates in idn-area-data. */
export async function regencyCoordinates(): Promise<Map<string, { latitude: number; longitude: number }>> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('idn-area-data/data/islands.csv');
  const sums = new Map<string, { lat: number; lng: number; n: number }>();
  for (const line of (await readFile(file, 'utf8')).split('\n').slice(1)) {
    const [, regency, coordinate] = line.split(',');
    if (!regency || !coordinate) continue;
    const [latText, lngText] = coordinate.split(/"\s+(?=\d)/).map((part, i) => (i === 0 ? `${part}"` : part));
    const lat = latText ? parseDms(latText.replace(/""$/, '"')) : undefined;
    const lng = lngText ? parseDms(lngText) : undefined;
    if (lat === undefined || lng === undefined) continue;
    const sum = sums.get(regency) ?? { lat: 0, lng: 0, n: 0 };
    sums.set(regency, { lat: sum.lat + lat, lng: sum.lng + lng, n: sum.n + 1 });
  }
  return new Map([...sums].map(([code, s]) => [code, { latitude: s.lat / s.n, longitude: s.lng / s.n }]));
}

const PROVINCE_FALLBACK: Record<string, [number, number]> = {};

function coordinatesFor(
  regency: Regency,
  known: Map<string, { latitude: number; longitude: number }>,
  byProvince: Map<string, { latitude: number; longitude: number }>,
) {
  const own = known.get(regency.code) ?? byProvince.get(regency.provinceCode);
  if (own) return own;
  const [lat, lng] = PROVINCE_FALLBACK[regency.provinceCode] ?? [-2.5, 118];
  return { latitude: lat, longitude: lng };
}

export type NationalPlan = { documents: CatalogueDocumentInput[]; mppCount: number; servicesPerMpp: number };

export async function buildNationalCatalogue(
  demo: CatalogueDocument,
  regencies: Regency[],
  batchSize = 40,
): Promise<NationalPlan> {
  const demoMpps = demo.mpps.map((m) => m.slug);
  const template = demo.mpps[0];
  if (!template) throw new Error('the demo catalogue has no MPP to use as a template');
  const isCentral = (t: TenantInput) => demoMpps.every((slug) => t.gerai.some((g) => g.mppSlug === slug));
  const central = demo.tenants.filter(isCentral);
  const regional = demo.tenants.filter((t) => !isCentral(t));
  const coordinates = await regencyCoordinates();
  const byProvince = new Map<string, { latitude: number; longitude: number }>();
  for (const r of regencies) {
    const c = coordinates.get(r.code);
    if (c && !byProvince.has(r.provinceCode)) byProvince.set(r.provinceCode, c);
  }

  const mpps: MppInput[] = regencies.map((r) => ({
    ...template,
    slug: `mpp-${r.code.replace('.', '')}-${slugify(r.name)}`,
    name: `MPP ${r.name}`,
    regencyCode: r.code,
    address: `Jl. Pelayanan Publik No. 1, ${r.name}, ${r.provinceName}`,
    ...coordinatesFor(r, coordinates, byProvince),
    timeZone: zoneOfProvince(r.provinceCode),
    closures: [],
    isDemo: true,
  }));

  // Counter numbers are unique per MPP: central tenants first, then the regional copies.
  const centralCounters = central.reduce((n, t) => n + (t.gerai[0]?.counters.length ?? 0), 0);
  const documents: CatalogueDocumentInput[] = [];
  for (let i = 0; i < mpps.length; i += batchSize) {
    const batch = mpps.slice(i, i + batchSize);
    const tenants: TenantInput[] = [];
    for (const mpp of batch) {
      const code = mpp.regencyCode.replace('.', '');
      let nextCounter = centralCounters + 1;
      for (const t of regional) {
        const slug = `${t.slug}-n${code}`;
        const sourceGerai = t.gerai[0];
        const renameService = (s: string) => `${s}-n${code}`;
        tenants.push({
          ...t,
          slug,
          name: `${t.name} (${mpp.name.replace(/^MPP /, '')})`,
          gerai: [
            {
              mppSlug: mpp.slug,
              location: sourceGerai?.location ?? 'Lantai 1',
              counters: (sourceGerai?.counters ?? []).map((c) => ({
                ...c,
                number: nextCounter++,
                serviceSlugs: c.serviceSlugs.map(renameService),
              })),
            },
          ],
          services: t.services.map((s) => ({ ...s, slug: renameService(s.slug), offeredAt: [mpp.slug] })),
        });
      }
    }
    documents.push({ format: 'satupintu.catalogue/v1', mpps: batch, tenants });
  }
  let centralNumber = 1;
  const centralNumbers = new Map<string, number>();
  documents.push({
    format: 'satupintu.catalogue/v1',
    mpps: [],
    tenants: central.map((t) => {
      const counters = t.gerai[0]?.counters ?? [];
      centralNumbers.set(t.slug, centralNumber);
      const first = centralNumber;
      centralNumber += counters.length;
      return {
        ...t,
        gerai: mpps.map((mpp) => ({
          mppSlug: mpp.slug,
          location: t.gerai[0]?.location ?? 'Lantai 1',
          counters: counters.map((c, index) => ({ ...c, number: first + index })),
        })),
        services: t.services.map((s) => ({ ...s, offeredAt: mpps.map((m) => m.slug) })),
      };
    }),
  });
  const regionalServices = regional.reduce((n, t) => n + t.services.length, 0);
  const centralServices = central.reduce((n, t) => n + t.services.length, 0);
  return { documents, mppCount: mpps.length, servicesPerMpp: regionalServices + centralServices };
}
