import { CATALOGUE_FORMAT, type CatalogueDocumentInput } from '../../../../domain/catalogue/catalogue-document.js';
import { assembleTenants } from './assemble.js';
import { buildBpjsKesehatanTenant } from './bpjs-kesehatan.js';
import { buildBpjsKetenagakerjaanTenant } from './bpjs-ketenagakerjaan.js';
import { buildBpomTenant } from './bpom.js';
import { DEMO_CITIES } from './cities.js';
import { buildDinkesTenant } from './dinkes.js';
import type { TenantDraft } from './draft.js';
import { buildDukcapilTenant } from './dukcapil.js';
import { buildImigrasiTenant } from './imigrasi.js';
import { buildKeagamaanTenant } from './keagamaan.js';
import { buildKekarantinaanTenant } from './kekarantinaan.js';
import { buildDisnakerTenant } from './ketenagakerjaan.js';
import { DEMO_LAYOUTS } from './layout.js';
import { buildDemoMpps } from './mpps.js';
import { buildBapendaKotaTenant } from './pajak-daerah.js';
import { buildPajakTenant } from './pajak.js';
import { buildPdamTenant } from './pdam.js';
import { buildPengadilanAgamaTenant } from './peradilan.js';
import { buildBriTenant, buildMandiriTenant, buildRegionalBankTenant } from './perbankan.js';
import { buildDpmptspTenant } from './perizinan.js';
import { buildPertanahanTenant } from './pertanahan.js';
import { buildPlnTenant } from './pln.js';
import { buildPolriTenant } from './polri.js';
import { buildPosTenant } from './pos.js';
import { buildSamsatTenant } from './samsat.js';
import { buildTaspenTenant } from './taspen.js';

/**
 * The demo catalogue: three MPPs (Surabaya, Makassar, Jayapura, one per time zone) with the
 * central agencies, most of which serve in all three, and each city's own offices. The organisations are
 * real and so are the regulations cited; everything else (signatories, phone numbers, floor
 * plans, counters, the wording of each Standar Pelayanan) is demo data, every MPP is marked
 * `isDemo` and every tenant description says so. Built afresh on each call, so callers may
 * change what they get.
 */
export function buildDemoCatalogue(): CatalogueDocumentInput {
  return {
    format: CATALOGUE_FORMAT,
    mpps: buildDemoMpps(),
    tenants: assembleTenants(buildDemoTenantDrafts(), DEMO_LAYOUTS),
  };
}

function buildDemoTenantDrafts(): TenantDraft[] {
  const central = [
    buildImigrasiTenant(),
    buildPolriTenant(),
    buildPajakTenant(),
    buildBpjsKesehatanTenant(),
    buildBpjsKetenagakerjaanTenant(),
    buildPertanahanTenant(),
    buildPlnTenant(),
    buildPosTenant(),
    buildBriTenant(),
    buildMandiriTenant(),
    buildKeagamaanTenant(),
    buildPengadilanAgamaTenant(),
    buildBpomTenant(),
    buildKekarantinaanTenant(),
    buildTaspenTenant(),
  ];
  const regional = DEMO_CITIES.flatMap((city) => [
    buildDukcapilTenant(city),
    buildDpmptspTenant(city),
    buildBapendaKotaTenant(city),
    buildSamsatTenant(city),
    buildPdamTenant(city),
    buildRegionalBankTenant(city),
    buildDisnakerTenant(city),
    buildDinkesTenant(city),
  ]);
  return [...central, ...regional];
}
