// The argument handling every `demarche` command shares: a bad option or a missing argument prints
// the usage and exits 2, `--help` prints it and exits 0.
import { parseArgs } from 'node:util';

/**
 * `{ values, positionals }`, or `{ exit }` with the exit code when the command is to stop here.
 * `accepts(n)` says whether n positional arguments are a valid call (default: at least one).
 */
export function commandArgs(name, usage, args, options, accepts = (n) => n > 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`demarche ${name}: ${error.message}\n\n${usage}`);
    return { exit: 2 };
  }
  if (parsed.values.help) {
    console.log(usage);
    return { exit: 0 };
  }
  if (!accepts(parsed.positionals.length)) {
    console.error(usage);
    return { exit: 2 };
  }
  return parsed;
}
