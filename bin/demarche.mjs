#!/usr/bin/env node
// `demarche <command> [args…]`: each command lives in scripts/cli/<command>.mjs and exports
// `description` and `run(args)`.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('../scripts/cli/', import.meta.url));
const commands = readdirSync(cliDir)
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.slice(0, -4))
  .sort();

const [command, ...args] = process.argv.slice(2);

if (!command || command === '--help' || command === '-h' || !existsSync(`${cliDir}${command}.mjs`)) {
  if (command && !['--help', '-h'].includes(command)) console.error(`demarche: unknown command "${command}"\n`);
  console.log('usage: demarche <command> [args…]\n\ncommands:');
  for (const name of commands) {
    const { description } = await import(`${cliDir}${name}.mjs`);
    console.log(`  ${name.padEnd(10)} ${description ?? ''}`);
  }
  console.log('\nWith access control on, commands that call the services send DEMARCHE_API_KEY as a Bearer token.');
  process.exit(command && !['--help', '-h'].includes(command) ? 2 : 0);
}

const { run } = await import(`${cliDir}${command}.mjs`);
process.exitCode = (await run(args)) ?? 0;
