import { vi } from 'vitest';

/** Runs a CLI command's `run(args)` in this process, capturing what it prints. */
export async function captureCli(run: (args: string[]) => Promise<number>, args: string[]): Promise<{ code: number; output: string }> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  try {
    return { code: await run(args), output: out.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}
