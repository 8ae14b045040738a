// Builds the server and the web front end when dist/ is missing or older than the sources,
// so `npm start` works on a fresh clone and starts at once on the next run.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(path) {
  if (!statSync(path).isDirectory()) return statSync(path).mtimeMs;
  const dir = path;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function stale(output, ...sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => existsSync(source) && newest(source) > built);
}

if (stale('dist/src/main.js', 'src', 'migrations')) {
  console.error('building the server ...');
  execSync('npm run -s build:server', { stdio: 'inherit' });
}
if (stale('dist/web/index.html', 'web/src', 'web/index.html', 'web/console.html', 'src/domain')) {
  console.error('building the web front end ...');
  execSync('npm run -s build:web', { stdio: 'inherit' });
}
