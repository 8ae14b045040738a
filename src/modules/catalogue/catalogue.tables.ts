import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Contact, OpeningHours } from '../../domain/catalogue/catalogue-document.js';
import type { ServiceStandard } from '../../domain/catalogue/standard.js';

/** Drizzle definitions of the tables created by migrations/0001_catalogue.sql. */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
};

export const mpps = pgTable('mpps', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  regencyCode: text('regency_code').notNull(),
  regencyName: text('regency_name').notNull(),
  provinceCode: text('province_code').notNull(),
  provinceName: text('province_name').notNull(),
  areaDataset: text('area_dataset').notNull(),
  address: text('address').notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  timeZone: text('time_zone').notNull(),
  openingHours: jsonb('opening_hours').$type<OpeningHours>().notNull(),
  maklumatText: text('maklumat_text').notNull(),
  maklumatSignatoryName: text('maklumat_signatory_name').notNull(),
  maklumatSignatoryTitle: text('maklumat_signatory_title').notNull(),
  contact: jsonb('contact').$type<Contact>().notNull().default(sql`'{}'::jsonb`),
  isDemo: boolean('is_demo').notNull().default(false),
  searchVector: tsvector('search_vector'),
  ...timestamps,
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const calendarDates = pgTable('calendar_dates', {
  id: uuid('id').primaryKey(),
  mppId: uuid('mpp_id'),
  date: date('date', { mode: 'string' }).notNull(),
  kind: text('kind')
    .$type<'national_holiday' | 'cuti_bersama' | 'local_holiday' | 'closure' | 'working_day'>()
    .notNull(),
  name: text('name').notNull(),
  source: text('source').notNull(),
  isRemoved: boolean('is_removed').notNull().default(false),
  ...timestamps,
});

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  type: text('type').notNull(),
  parentOrganisation: text('parent_organisation'),
  logoUrl: text('logo_url'),
  website: text('website'),
  description: text('description'),
  ...timestamps,
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const gerai = pgTable('gerai', {
  id: uuid('id').primaryKey(),
  mppId: uuid('mpp_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  location: text('location').notNull(),
  ...timestamps,
});

export const services = pgTable('services', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  category: text('category').notNull(),
  modes: text('modes').array().notNull(),
  keywords: text('keywords').array().notNull(),
  standard: jsonb('standard').$type<ServiceStandard>().notNull(),
  version: integer('version').notNull().default(1),
  ...timestamps,
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const serviceVersions = pgTable(
  'service_versions',
  {
    serviceId: uuid('service_id').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    category: text('category').notNull(),
    modes: text('modes').array().notNull(),
    standard: jsonb('standard').$type<ServiceStandard>().notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.version] })],
);

export const serviceOfferings = pgTable('service_offerings', {
  id: uuid('id').primaryKey(),
  serviceId: uuid('service_id').notNull(),
  mppId: uuid('mpp_id').notNull(),
  geraiId: uuid('gerai_id').notNull(),
  isActive: boolean('is_active').notNull().default(true),
  ...timestamps,
});

export const counters = pgTable('counters', {
  id: uuid('id').primaryKey(),
  mppId: uuid('mpp_id').notNull(),
  geraiId: uuid('gerai_id').notNull(),
  number: integer('number').notNull(),
  label: text('label').notNull(),
  status: text('status').$type<'active' | 'inactive'>().notNull().default('active'),
  ...timestamps,
});

export const counterServices = pgTable(
  'counter_services',
  {
    counterId: uuid('counter_id').notNull(),
    serviceId: uuid('service_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.counterId, t.serviceId] })],
);

export const searchSynonyms = pgTable('search_synonyms', {
  id: uuid('id').primaryKey(),
  term: text('term').notNull().unique(),
  expansions: text('expansions').array().notNull(),
  isBuiltin: boolean('is_builtin').notNull().default(false),
  ...timestamps,
});
