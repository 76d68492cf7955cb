// Builds the CLI (out/cli/folio.js) and makes it executable for the package's `bin`.
import { chmodSync } from 'node:fs';
import { build } from 'vite';

await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
chmodSync('out/cli/folio.js', 0o755);
