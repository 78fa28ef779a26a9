#!/usr/bin/env node
// The `sidelight` command. tsx is registered first so the TypeScript sources run as they
// are (no build step for the CLI); main.ts is imported after, hence the dynamic import.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
