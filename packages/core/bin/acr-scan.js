#!/usr/bin/env node
// Launcher of the `acr-scan` CLI: registers tsx's ESM loader so the TypeScript sources run as they are
// (no build step), then loads the entry module.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
