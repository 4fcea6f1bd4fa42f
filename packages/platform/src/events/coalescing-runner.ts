/**
 * Runs `work` now or, when it is running already, once more as soon as it is done, however
 * many times it was asked meanwhile: a burst of wake-ups (notifications, timers, listeners)
 * costs one extra pass, never one each, and passes never overlap. The relay, the tail and
 * every durable consumer drain this way. `work` handles its own errors.
 */
export class CoalescingRunner {
  private running?: Promise<void>;
  private again = false;

  constructor(private readonly work: () => Promise<void>) {}

  /** Settles once a pass that started at or after this call has finished. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.work();
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Settles when no pass runs or is owed. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }
}
