// Writes docs/environment.md from the variables declared in src/config.ts.
import { writeFileSync } from 'node:fs';
import type { z } from 'zod';
import { ENVIRONMENT_VARIABLES } from '../src/config.js';

function defaultOf(schema: z.ZodType): string {
  const result = schema.safeParse(undefined);
  if (!result.success || result.data === undefined) return '(unset)';
  return `\`${String(result.data)}\``;
}

const rows = Object.entries(ENVIRONMENT_VARIABLES).map(
  ([name, spec]) => `| \`${name}\` | ${defaultOf(spec.schema as z.ZodType)} | ${spec.description} |`,
);
const text = `# Environment variables

Generated from \`src/config.ts\` by \`npm run docs:env\`; do not edit by hand. A bad value stops
start-up with a message naming the variable and exit code 1.

| variable | default | meaning |
|---|---|---|
${rows.join('\n')}
`;
writeFileSync(new URL('../docs/environment.md', import.meta.url), text);
console.log('wrote docs/environment.md');
