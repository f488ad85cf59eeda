import { describe, expect, it, vi } from 'vitest';
import { PeriodicTask } from './periodic-task.js';

describe('PeriodicTask', () => {
  it('ticks on its interval, never runs twice at once, and stop waits for the run in progress', async () => {
    vi.useFakeTimers();
    let release!: () => void;
    const work = vi.fn(() => new Promise<number>((resolve) => (release = () => resolve(work.mock.calls.length))));
    const task = new PeriodicTask(1000, work);
    task.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000); // still running: the ticks join it
    expect(work).toHaveBeenCalledTimes(1);
    const joined = task.run();
    let stopped = false;
    const stopping = task.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await joined).toBe(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(work).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('with interval 0 never ticks but runs on demand', async () => {
    vi.useFakeTimers();
    const work = vi.fn(async () => 'done');
    const task = new PeriodicTask(0, work);
    task.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(work).not.toHaveBeenCalled();
    expect(await task.run()).toBe('done');
    await task.stop();
    vi.useRealTimers();
  });
});
