import { Command, Option } from 'commander';
import { backupCommand, restoreCommand } from './cli/backup-commands.js';
import { exportCommand, importCommand } from './cli/catalogue-commands.js';
import { migrateCommand } from './cli/db-commands.js';
import { seedCommand } from './cli/seed-command.js';
import { createAdminCommand, verifyAuditCommand } from './cli/identity-commands.js';
import { serve } from './cli/serve.js';
import { ConfigError } from './config.js';
import { DataDirLockedError } from './platform/db/data-dir-lock.js';
import { DatabaseUnreachableError } from './platform/db/database.js';
import { MigrationChecksumError, NewerSchemaError } from './platform/db/migrate.js';
import { packageVersion } from './platform/package-root.js';

/** The `satupintu` command line. Configuration comes from the environment (see docs/environment.md). */

/** Errors an operator can act on get their message and exit code 1, without a stack trace. */
const OPERATOR_ERRORS = [
  ConfigError,
  DatabaseUnreachableError,
  DataDirLockedError,
  NewerSchemaError,
  MigrationChecksumError,
];

function run<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      if (OPERATOR_ERRORS.some((type) => error instanceof type)) {
        console.error((error as Error).message);
        process.exit(1);
      }
      console.error(error);
      process.exit(1);
    }
  };
}

const program = new Command()
  .name('satupintu')
  .description("SatuPintu: the open platform for Indonesia's Mal Pelayanan Publik (MPP)")
  .version(packageVersion())
  .showHelpAfterError();

program
  .command('serve')
  .description('Start the HTTP server (API, docs and web front end); migrates and seeds an empty database first')
  .addOption(new Option('-p, --port <port>', 'port (overrides PORT)').argParser(Number))
  .option('--host <host>', 'interface (overrides HOST)')
  .action(run((options: { port?: number; host?: string }) => serve(options)));

program
  .command('migrate')
  .description('Apply pending database migrations and reference data (holidays, synonyms)')
  .option('--status', 'only print applied and pending migrations')
  .action(run((options: { status?: boolean }) => migrateCommand(options)));

program
  .command('seed')
  .description('Load data: the demo catalogue (3 MPPs) or a national-scale catalogue for benchmarks')
  .option('--demo', 'the demo catalogue: 3 MPPs in WIB, WITA and WIT (clearly labelled demo data)')
  .addOption(new Option('--scale <scale>', 'a generated catalogue for benchmarks').choices(['national']))
  .action(run((options: { demo?: boolean; scale?: 'national' }) => seedCommand(options)));

program
  .command('import')
  .description('Import a catalogue document (JSON, format satupintu.catalogue/v1); a bad file is rejected whole')
  .argument('<file>', 'the JSON file')
  .option('--dry-run', 'validate only, write nothing')
  .action(run((file: string, options: { dryRun?: boolean }) => importCommand(file, options)));

program
  .command('export')
  .description("Export the catalogue, or one tenant's part of it, as an importable JSON document")
  .option('--tenant <slug>', 'only this tenant')
  .option('-o, --out <file>', 'write to a file instead of standard output')
  .action(run((options: { tenant?: string; out?: string }) => exportCommand(options)));

program
  .command('backup')
  .description('Back up the embedded database to a .tar.gz file (stop the server first)')
  .argument('<file>', 'the backup file to write')
  .action(run((file: string) => backupCommand(file)));

program
  .command('restore')
  .description('Restore the embedded database from a backup file (stop the server first)')
  .argument('<file>', 'the backup file')
  .option('--force', 'move a non-empty data directory aside instead of refusing')
  .action(run((file: string, options: { force?: boolean }) => restoreCommand(file, options)));

const admin = program.command('admin').description('Staff accounts');
admin
  .command('create')
  .description('Create a national admin (or auditor) with a generated password, printed once')
  .requiredOption('--email <email>', 'their email address (sign-in name)')
  .requiredOption('--name <name>', 'their display name')
  .addOption(new Option('--role <role>', 'role').choices(['national_admin', 'auditor']).default('national_admin'))
  .action(
    run((options: { email: string; name: string; role: 'national_admin' | 'auditor' }) => createAdminCommand(options)),
  );

const audit = program.command('audit').description('The append-only audit log');
audit
  .command('verify')
  .description('Recompute the hash chain; exit code 2 names the first tampered entry')
  .action(run(() => verifyAuditCommand()));

await program.parseAsync(process.argv);
