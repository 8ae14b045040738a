import { readFile, writeFile } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { createCatalogueModule } from '../modules/catalogue/index.js';
import { AppError } from '../platform/http/app-error.js';
import { systemClock } from '../platform/clock.js';
import { openDatabase, prepareDatabase } from '../runtime.js';

/** `satupintu import` and `satupintu export`: a catalogue document as JSON. */

export async function importCommand(file: string, options: { dryRun?: boolean }) {
  const config = loadConfig();
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  const opened = await openDatabase(config);
  try {
    await prepareDatabase(opened.db, { seedDemoWhenEmpty: false });
    const catalogue = createCatalogueModule({ db: opened.db, clock: systemClock });
    if (options.dryRun) {
      const { problems } = await catalogue.api.importer.validate(input);
      reportProblems(problems);
      if (problems.length === 0) console.log('valid: nothing written (dry run)');
      return;
    }
    console.log(`importing ${file} ...`);
    const summary = await catalogue.api.importer.importDocument(input);
    console.log(
      `imported: ${summary.mpps} MPPs, ${summary.tenants} tenants, ${summary.services} services ` +
        `(${summary.servicesCreated} new), ${summary.offerings} offerings, ${summary.counters} counters`,
    );
  } catch (error) {
    if (error instanceof AppError && error.fields.length > 0) {
      reportProblems(error.fields);
      return;
    }
    throw error;
  } finally {
    await opened.close();
  }
}

function reportProblems(problems: readonly { field: string; reason: string; line?: number }[]) {
  if (problems.length === 0) return;
  console.error(`rejected: ${problems.length} problems, nothing written`);
  for (const p of problems) console.error(`  ${p.line !== undefined ? `line ${p.line}, ` : ''}${p.field}: ${p.reason}`);
  process.exitCode = 1;
}

export async function exportCommand(options: { tenant?: string; out?: string }) {
  const config = loadConfig();
  const opened = await openDatabase(config);
  try {
    await prepareDatabase(opened.db, { seedDemoWhenEmpty: false });
    const catalogue = createCatalogueModule({ db: opened.db, clock: systemClock });
    const document = await catalogue.api.exportDocument(options.tenant);
    if (options.tenant && document.tenants.length === 0) {
      console.error(`no tenant with slug ${options.tenant}`);
      process.exitCode = 1;
      return;
    }
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (options.out) {
      await writeFile(options.out, text);
      console.error(`wrote ${document.tenants.length} tenants, ${document.mpps.length} MPPs to ${options.out}`);
    } else {
      process.stdout.write(text);
    }
  } finally {
    await opened.close();
  }
}
