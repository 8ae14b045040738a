import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { CatalogueDocument, TenantInput } from '../../domain/catalogue/catalogue-document.js';
import type { ServiceStandard } from '../../domain/catalogue/standard.js';
import type { LineOf } from './catalogue-import.types.js';

/**
 * A tenant's services as CSV, for the people who keep them in a spreadsheet. One row per
 * service; list cells hold items separated by " | ". A requirement is `Name [document_type]`,
 * with ` (opsional)` when it is not mandatory; a procedure step is `Title` or
 * `Title :: description`. Nested data richer than this (requirement notes) needs the JSON format.
 */

export const CSV_COLUMNS = [
  'slug',
  'name',
  'description',
  'category',
  'modes',
  'keywords',
  'offered_at',
  'legal_basis',
  'requirements',
  'procedure',
  'time_limit_value',
  'time_limit_unit',
  'fee_kind',
  'fee_amount_rupiah',
  'fee_formula',
  'fee_legal_basis',
  'product',
  'facilities',
  'implementer_competence',
  'internal_supervision',
  'complaint_handling',
  'number_of_implementers',
  'service_guarantee',
  'security_guarantee',
  'implementer_evaluation',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const SEPARATOR = ' | ';

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Empty cells become undefined so the schema says "required" rather than a confusing message. */
function text(cell: string | undefined): string | undefined {
  const value = cell?.trim();
  return value ? value : undefined;
}

function numberOrText(cell: string | undefined): number | string | undefined {
  const value = text(cell);
  if (value === undefined) return undefined;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

function requirementOf(item: string) {
  const optional = /\s*\((opsional|optional)\)\s*$/i.test(item);
  const withoutFlag = item.replace(/\s*\((opsional|optional|wajib|mandatory)\)\s*$/i, '');
  const match = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(withoutFlag);
  return { name: (match?.[1] ?? withoutFlag).trim(), documentType: match?.[2]?.trim() ?? '', isMandatory: !optional };
}

function stepOf(item: string) {
  const [title = '', ...rest] = item.split('::');
  const description = rest.join('::').trim();
  return { title: title.trim(), ...(description ? { description } : {}) };
}

function feeOf(row: Record<Column, string>) {
  const kind = text(row.fee_kind);
  const legalBasis = text(row.fee_legal_basis);
  if (kind === 'fixed') return { kind, amountRupiah: numberOrText(row.fee_amount_rupiah), legalBasis };
  if (kind === 'formula') return { kind, formula: text(row.fee_formula), legalBasis };
  return { kind: kind ?? 'free', ...(legalBasis ? { legalBasis } : {}) };
}

function serviceOf(row: Record<Column, string>) {
  return {
    slug: text(row.slug),
    name: text(row.name),
    description: text(row.description),
    category: text(row.category),
    modes: list(row.modes),
    keywords: list(row.keywords),
    offeredAt: list(row.offered_at),
    standard: {
      legalBasis: list(row.legal_basis),
      requirements: list(row.requirements).map(requirementOf),
      procedure: list(row.procedure).map(stepOf),
      timeLimit: { value: numberOrText(row.time_limit_value), unit: text(row.time_limit_unit) },
      fee: feeOf(row),
      product: text(row.product),
      facilities: list(row.facilities),
      implementerCompetence: list(row.implementer_competence),
      internalSupervision: text(row.internal_supervision),
      complaintHandling: text(row.complaint_handling),
      numberOfImplementers: numberOrText(row.number_of_implementers),
      serviceGuarantee: text(row.service_guarantee),
      securityGuarantee: text(row.security_guarantee),
      implementerEvaluation: text(row.implementer_evaluation),
    },
  };
}

export type CsvParseResult =
  | { ok: true; document: unknown; lineOf: LineOf }
  | { ok: false; problems: { field: string; reason: string; line?: number }[] };

/**
 * Reads a tenant's services CSV into a catalogue document for that tenant, keeping the tenant's
 * current details and gerai (from `current`, an export of the tenant). Counters keep serving
 * only services still in the file.
 */
export function parseServicesCsv(csv: string, current: TenantInput): CsvParseResult {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, {
      columns: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      trim: false,
    }) as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      ok: false,
      problems: [{ field: 'file', reason: (error as Error).message, ...(line !== undefined ? { line } : {}) }],
    };
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    return { ok: false, problems: missing.map((c) => ({ field: c, reason: 'missing column', line: 1 })) };
  }
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) {
    return { ok: false, problems: unknown.map((c) => ({ field: c, reason: 'unknown column', line: 1 })) };
  }
  const services = records.map((r) => serviceOf(r.record as Record<Column, string>));
  const slugs = new Set(services.map((s) => s.slug).filter((s): s is string => s !== undefined));
  const document = {
    format: 'satupintu.catalogue/v1',
    mpps: [],
    tenants: [
      {
        ...current,
        gerai: current.gerai.map((g) => ({
          ...g,
          counters: g.counters
            .map((c) => ({ ...c, serviceSlugs: c.serviceSlugs.filter((s) => slugs.has(s)) }))
            .filter((c) => c.serviceSlugs.length > 0),
        })),
        services,
      },
    ],
  };
  const lines = records.map((r) => r.info.lines);
  const lineOf: LineOf = (path) =>
    path[0] === 'tenants' && path[2] === 'services' && typeof path[3] === 'number' ? lines[path[3]] : undefined;
  return { ok: true, document, lineOf };
}

function requirementText(r: ServiceStandard['requirements'][number]): string {
  return `${r.name} [${r.documentType}]${r.isMandatory ? '' : ' (opsional)'}`;
}

/** One tenant's services from a document, as CSV with the columns above. */
export function servicesToCsv(document: CatalogueDocument, tenantSlug: string): string {
  const tenant = document.tenants.find((t) => t.slug === tenantSlug);
  const rows = (tenant?.services ?? []).map((s) => {
    const st = s.standard;
    const row: Record<Column, string | number> = {
      slug: s.slug,
      name: s.name,
      description: s.description,
      category: s.category,
      modes: s.modes.join(SEPARATOR),
      keywords: s.keywords.join(SEPARATOR),
      offered_at: s.offeredAt.join(SEPARATOR),
      legal_basis: st.legalBasis.join(SEPARATOR),
      requirements: st.requirements.map(requirementText).join(SEPARATOR),
      procedure: st.procedure.map((p) => (p.description ? `${p.title} :: ${p.description}` : p.title)).join(SEPARATOR),
      time_limit_value: st.timeLimit.value,
      time_limit_unit: st.timeLimit.unit,
      fee_kind: st.fee.kind,
      fee_amount_rupiah: st.fee.kind === 'fixed' ? st.fee.amountRupiah : '',
      fee_formula: st.fee.kind === 'formula' ? st.fee.formula : '',
      fee_legal_basis: st.fee.legalBasis ?? '',
      product: st.product,
      facilities: st.facilities.join(SEPARATOR),
      implementer_competence: st.implementerCompetence.join(SEPARATOR),
      internal_supervision: st.internalSupervision,
      complaint_handling: st.complaintHandling,
      number_of_implementers: st.numberOfImplementers,
      service_guarantee: st.serviceGuarantee,
      security_guarantee: st.securityGuarantee,
      implementer_evaluation: st.implementerEvaluation,
    };
    return row;
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS] });
}
