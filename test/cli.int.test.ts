import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { openEmbeddedDatabase } from '../src/platform/db/database.js';

/**
 * The process as an operator runs it: start-up validation, the data-directory lock, graceful
 * shutdown that keeps data, refusal of a newer schema, backup and restore. Runs the TypeScript
 * entry point through tsx so no build is needed.
 */

const ROOT = new URL('..', import.meta.url).pathname;
// One process (node with the tsx loader), so a signal reaches the server itself, not a wrapper.
const NODE_ARGS = ['--import', 'tsx', join(ROOT, 'src/main.ts')];
let dataDir: string;

type Result = { code: number | null; stdout: string; stderr: string };

function cli(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timeout: ${args.join(' ')}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Fixed ports below Linux's ephemeral range (32768-60999): other test files listen on port 0 and
 * open many client sockets, and a fixed port inside that range could be taken by one of them.
 */
const PORT_BASE = 28_231;

function startServer(
  port: number,
  env: Record<string, string> = {},
): { child: ChildProcess; ready: Promise<void>; output: () => string } {
  const child = spawn(process.execPath, [...NODE_ARGS, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const ready = (async () => {
    for (let i = 0; i < 480; i++) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server not ready: ${output}`);
  })();
  return { child, ready, output: () => output };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'satupintu-cli-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('satupintu command line', { timeout: 240_000 }, () => {
  it('stops with exit code 1 and names the variable when the configuration is bad', async () => {
    const result = await cli(['migrate'], { PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PORT');
  });

  it('fails clearly when DATABASE_URL is unreachable', async () => {
    const result = await cli(['migrate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot connect to PostgreSQL');
  });

  it('prints help for every command', async () => {
    for (const command of ['serve', 'migrate', 'seed', 'import', 'export', 'backup', 'restore']) {
      const result = await cli([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`Usage: satupintu ${command}`);
    }
  });

  it('serves the demo catalogue, refuses a second process on the same data, and keeps data across SIGTERM', async () => {
    const server = startServer(PORT_BASE);
    await server.ready;
    const mpps = await (await fetch(`http://127.0.0.1:${PORT_BASE}/api/v1/mpps`)).json();
    expect(mpps.items).toHaveLength(3);

    const second = await cli(['migrate']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('in use by another SatuPintu process');

    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
    expect(server.output()).toContain('database closed cleanly');

    const status = await cli(['migrate', '--status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('pending: none');
  });

  it('keeps an acknowledged write after kill -9 and starts again once the stale lock expires', async () => {
    // The first admin comes from the CLI; signing in enrols the authenticator (TOTP).
    const created = await cli(['admin', 'create', '--email', 'ops@satupintu.test', '--name', 'Ops']);
    expect(created.code).toBe(0);
    const password = created.stdout.match(/password \(shown once[^:]*\): (\S+)/)?.[1] ?? '';
    const first = startServer(PORT_BASE + 31);
    await first.ready;
    const step = await fetch(`http://127.0.0.1:${PORT_BASE + 31}/api/v1/auth/staff/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ops@satupintu.test', password }),
    });
    const enrolment = (await step.json()) as { status: string; ticket: string; enrolment: { secret: string } };
    expect(enrolment.status).toBe('totp_enrolment_required');
    const code = new TOTP({ secret: Secret.fromBase32(enrolment.enrolment.secret) }).generate();
    const signedIn = await fetch(`http://127.0.0.1:${PORT_BASE + 31}/api/v1/auth/staff/totp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: enrolment.ticket, code, delivery: 'token' }),
    });
    const token = ((await signedIn.json()) as { token: string }).token;
    const saved = await fetch(`http://127.0.0.1:${PORT_BASE + 31}/api/v1/admin/search-synonyms`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ term: 'sebelum-dibunuh', expansions: ['paspor'] }),
    });
    expect(saved.status).toBe(200);
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = startServer(PORT_BASE + 32);
    await second.ready;
    const list = await fetch(`http://127.0.0.1:${PORT_BASE + 32}/api/v1/admin/search-synonyms`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const terms = ((await list.json()) as { items: { term: string }[] }).items.map((i) => i.term);
    expect(terms).toContain('sebelum-dibunuh');
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  });

  it('detects an edited audit entry with `satupintu audit verify`', async () => {
    const intact = await cli(['audit', 'verify']);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/audit log intact: \d+ entries/);
    const db = await openEmbeddedDatabase({ dataDir: join(dataDir, 'pglite') });
    // Someone with database rights edits history: the append-only trigger is no obstacle to them.
    await db.exec(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
      UPDATE audit_events SET actor_label = 'someone else' WHERE seq = 1;
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update;`);
    await db.close();
    const tampered = await cli(['audit', 'verify']);
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toContain('entry 1 fails verification (hash_mismatch)');
  });

  it('backs up, restores, and refuses a data directory written by a newer version', async () => {
    const backupFile = join(dataDir, '..', `satupintu-backup-${process.pid}.tar.gz`);
    expect((await cli(['backup', backupFile])).code).toBe(0);
    const exported = await cli(['export', '--tenant', 'ditjen-imigrasi']);

    // Simulate a newer SatuPintu: a migration this build does not know.
    const restoreDir = await mkdtemp(join(tmpdir(), 'satupintu-restore-'));
    try {
      const restored = await cli(['restore', backupFile], { DATA_DIR: restoreDir });
      expect(restored.code, restored.stderr).toBe(0);
      const again = await cli(['export', '--tenant', 'ditjen-imigrasi'], { DATA_DIR: restoreDir });
      expect(again.stdout).toBe(exported.stdout);
      const refused = await cli(['restore', backupFile], { DATA_DIR: restoreDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('--force');

      const db = await openEmbeddedDatabase({ dataDir: join(restoreDir, 'pglite') });
      await db.query("INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'from_the_future', 'x')");
      await db.close();
      const newer = await cli(['migrate'], { DATA_DIR: restoreDir });
      expect(newer.code).toBe(1);
      expect(newer.stderr).toContain('written by a newer SatuPintu');
    } finally {
      await rm(restoreDir, { recursive: true, force: true });
      await rm(backupFile, { force: true });
    }
  });
});
