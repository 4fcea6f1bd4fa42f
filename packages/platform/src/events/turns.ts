/**
 * Fair turns for long streams of small work items (a replay's events, a burst forwarded to
 * many subscribers). Each item is cheap, but a stream whose items are ready at once runs
 * without returning to the event loop, and requests wait behind all of it. So a stream asks
 * between items whether this turn of the event loop has run for long enough and, only then,
 * waits for the next one: a few waits per busy turn, none per item, none when the process is idle.
 */
let turnStartedAt: number | undefined;

/** Whether the current turn of the event loop has been busy for more than `sliceMs`. */
export function turnIsOver(sliceMs = 10): boolean {
  const now = performance.now();
  if (turnStartedAt === undefined) {
    turnStartedAt = now;
    setImmediate(() => (turnStartedAt = undefined));
    return false;
  }
  return now - turnStartedAt > sliceMs;
}

/** Resolves in the next turn of the event loop, after pending I/O. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
