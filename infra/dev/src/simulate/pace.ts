/**
 * The simulation's sense of time. The services date check-ins and check-outs themselves (the
 * simulator sends no device time: a phone's clock is real), so a compressed day compresses
 * only the waiting: at speed 60 an hour in the field passes in a minute. What the services
 * measure, a visit's length and the travel speed between two shops, is kept credible when
 * `credible` is set (the default), so only deliberate misconduct is flagged; without it, at a
 * high speed every visit is short and every drive impossible, and flagged as such.
 */
export interface PaceOptions {
  /** Field minutes per real minute. */
  speed: number;
  /** Keep visit lengths and travel speeds within what the visits service believes. */
  credible: boolean;
}

/** What the visits service believes, with a margin (services/visits attendance.rules.ts: 5 min, 60 km/h). */
export const CREDIBLE_VISIT_MINUTES = 5.5;
export const CREDIBLE_TRAVEL_KMH = 45;

export class Pace {
  private stopRequested = false;
  private readonly wakers = new Set<() => void>();

  constructor(readonly options: PaceOptions) {
    if (!(options.speed > 0)) throw new Error(`speed must be a positive number of field minutes per minute, not ${options.speed}`);
  }

  get stopping(): boolean {
    return this.stopRequested;
  }

  /** Ends every field wait now; what is under way finishes, nothing new starts. */
  stop(): void {
    this.stopRequested = true;
    for (const wake of this.wakers) wake();
    this.wakers.clear();
  }

  /** Waits `minutes` of field time; true if the field is still running after it. */
  async field(minutes: number): Promise<boolean> {
    await this.sleep((minutes * 60_000) / this.options.speed, true);
    return !this.stopRequested;
  }

  /**
   * Spends `minutes` at a shop checked in at `checkedInAt`: the check-out the service will
   * measure against it comes no sooner than a credible visit after it.
   */
  atShop(minutes: number, checkedInAt: Date): Promise<boolean> {
    return this.until(minutes, checkedInAt.getTime() + CREDIBLE_VISIT_MINUTES * 60_000);
  }

  /**
   * Drives `kilometres` to the next shop, having left the last at `leftAt` (none: the day's
   * first stop): the check-in the service compares with that comes no sooner than credible.
   */
  travel(kilometres: number, minutes: number, leftAt: Date | undefined): Promise<boolean> {
    return this.until(minutes, leftAt ? leftAt.getTime() + (kilometres / CREDIBLE_TRAVEL_KMH) * 3_600_000 : 0);
  }

  /** Waits `minutes` of field time, and (credible) at least until the real instant `notBefore`. */
  private async until(minutes: number, notBefore: number): Promise<boolean> {
    const ms = (minutes * 60_000) / this.options.speed;
    await this.sleep(this.options.credible ? Math.max(ms, notBefore - Date.now()) : ms, true);
    return !this.stopRequested;
  }

  /** Real time, whatever the speed, cut short when the field stops. */
  async pause(ms: number): Promise<boolean> {
    await this.sleep(ms, true);
    return !this.stopRequested;
  }

  /** Real time before trying a lost request again (not cut short: the request must be settled). */
  backOff(attempt: number): Promise<void> {
    return this.sleep(Math.min(10_000, 250 * 2 ** attempt), false);
  }

  /** The gateway's RATE_LIMITED names how long to wait; that is waited, whatever the speed. */
  waitOutRateLimit(retryAfterSeconds: number): Promise<void> {
    return this.sleep(Math.max(1, retryAfterSeconds) * 1000, false);
  }

  private sleep(ms: number, endsOnStop: boolean): Promise<void> {
    if (endsOnStop && this.stopRequested) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      if (endsOnStop) this.wakers.add(wake);
    });
  }
}
