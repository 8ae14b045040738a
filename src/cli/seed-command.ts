import { loadConfig } from '../config.js';
import { createCatalogueModule } from '../modules/catalogue/index.js';
import { systemClock } from '../platform/clock.js';
import { openDatabase, prepareDatabase } from '../runtime.js';

/** `satupintu seed --demo` or `--scale national`, with progress for the long one. */
export async function seedCommand(options: { demo?: boolean; scale?: 'national' }) {
  if (!options.demo && !options.scale) {
    console.error('choose --demo or --scale national (see satupintu seed --help)');
    process.exitCode = 1;
    return;
  }
  const config = loadConfig();
  const opened = await openDatabase(config);
  try {
    await prepareDatabase(opened.db, { seedDemoWhenEmpty: false, log: (m) => console.error(m) });
    const catalogue = createCatalogueModule({ db: opened.db, clock: systemClock });
    if (options.demo) {
      const summary = await catalogue.seedDemo();
      console.error(`demo catalogue: ${summary.mpps} MPPs, ${summary.tenants} tenants, ${summary.services} services`);
    }
    if (options.scale === 'national') {
      const started = performance.now();
      const summary = await catalogue.seedNational((done, total) => {
        const seconds = Math.round((performance.now() - started) / 1000);
        console.error(`national catalogue: ${done}/${total} batches (${seconds} s)`);
      });
      console.error(
        `national catalogue: ${summary.mppCount} MPPs, about ${summary.servicesPerMpp} services each, ` +
          `${Math.round((performance.now() - started) / 1000)} s`,
      );
    }
  } finally {
    await opened.close();
  }
}
