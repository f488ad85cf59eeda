/**
 * Services validate their environment in `ConfigModule.forRoot`, which runs while their app
 * module is imported and rejects a promise nobody awaits yet — `runService` cannot catch it. Main files import this lib
 * first, so this handler is in place by then: a bad setting ends the process with exit code 1
 * and one line per bad variable (with the value as given), not a stack trace.
 */
interface ConfigProblems {
  name: string;
  problems: string[];
}

const isInvalidConfig = (error: unknown): error is ConfigProblems =>
  (error as ConfigProblems | null)?.name === 'InvalidConfigError' && Array.isArray((error as ConfigProblems).problems);

/** `PORT=null: …` (NaN after conversion) becomes `PORT="abc": …`, the text the operator typed. */
export function describeConfigProblems(problems: string[], env: NodeJS.ProcessEnv = process.env): string {
  const lines = problems.map((problem) => {
    const name = problem.slice(0, problem.indexOf('='));
    const reason = problem.slice(problem.indexOf(': ') + 2);
    const raw = env[name];
    return `  ${name}=${raw === undefined ? '(unset)' : JSON.stringify(raw)}: ${reason}`;
  });
  return `Invalid configuration:\n${lines.join('\n')}`;
}

/** `services/<name>/dist/main.js` → `<name>`. */
const serviceName = () => /services\/([^/]+)\//.exec(process.argv[1] ?? '')?.[1] ?? 'service';

function onStartupError(error: unknown): void {
  if (isInvalidConfig(error)) console.error(`${serviceName()}: cannot start: ${describeConfigProblems(error.problems)}`);
  else console.error(error);
  process.exit(1);
}

/** Until `runService` takes over, a start-up error ends the process (see above). */
export function watchStartupErrors(): () => void {
  process.on('uncaughtException', onStartupError);
  process.on('unhandledRejection', onStartupError);
  return () => {
    process.off('uncaughtException', onStartupError);
    process.off('unhandledRejection', onStartupError);
  };
}
