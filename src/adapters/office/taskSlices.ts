/**
 * Keeps the adapter's own main-thread work in short tasks. The pane runs on the same thread
 * as the user's clicks and Excel's own UI bridge; a read or write of 100 000 rows handled in
 * one go would be a task of hundreds of milliseconds. `TaskSlices.pause()` is called between
 * two small steps and ends the current task (a macrotask boundary) once the slice has lasted
 * longer than `sliceMs`; otherwise it returns at once.
 *
 * Example:
 *   const slices = new TaskSlices();
 *   for (const row of rows) { handle(row); await slices.pause(); }
 */

/** Main-thread time after which a slice ends: well under the 50 ms of a «long task». */
export const SLICE_MS = 30;

export class TaskSlices {
  private started = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** End the task if this slice has run long enough; a new slice starts after the pause. */
  async pause(): Promise<void> {
    if (performance.now() - this.started <= this.sliceMs) return;
    await nextTask();
    this.restart();
  }

  /** Start a new slice (after an await that already ended the task, such as a sync). */
  restart(): void {
    this.started = performance.now();
  }
}

/** A macrotask boundary: rendering and input run before the promise settles. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
