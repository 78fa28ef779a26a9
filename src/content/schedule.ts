/**
 * Cooperative scheduling: Sidelight's work runs when the page is idle, in slices
 * short enough that the reader never feels it (issue 5: no long task over 200 ms).
 */

/** Runs `task` in idle time (or after `timeout` ms at the latest). Returns a canceller. */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1);
  return () => clearTimeout(id);
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Gives the page a turn: input, rendering and its own tasks run before we continue.
 * `scheduler.yield()` keeps our place at the front of the queue (Chromium 129+);
 * elsewhere a zero timeout does the same job with a little more latency.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A time-sliced loop: `step` does a bounded piece of work and returns true when
 * finished; between slices of about `sliceMs` we yield to the page.
 */
export async function runInSlices(step: () => boolean, signal: AbortSignal, sliceMs = 15): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return false;
    if (step()) return true;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
