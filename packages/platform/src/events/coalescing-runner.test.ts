import { describe, expect, it } from '@jest/globals';
import { CoalescingRunner } from './coalescing-runner';

/** A pass that waits until released, counting the passes that started. */
function gatedWork() {
  const releases: (() => void)[] = [];
  const work = {
    passes: 0,
    run: () => {
      work.passes += 1;
      return new Promise<void>((resolve) => releases.push(resolve));
    },
    release: () => releases.shift()?.(),
  };
  return work;
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescingRunner', () => {
  it('runs at once when idle, and a pass at a time', async () => {
    const work = gatedWork();
    const runner = new CoalescingRunner(work.run);
    const first = runner.kick();
    expect(work.passes).toBe(1);
    work.release();
    await first;
    const second = runner.kick();
    expect(work.passes).toBe(2);
    work.release();
    await second;
  });

  it('turns any number of kicks during a pass into one more pass, which the kicks wait for', async () => {
    const work = gatedWork();
    const runner = new CoalescingRunner(work.run);
    const first = runner.kick();
    const during = [runner.kick(), runner.kick(), runner.kick()];
    let done = false;
    void Promise.all([first, ...during]).then(() => (done = true));
    work.release();
    await settled();
    expect(work.passes).toBe(2);
    expect(done).toBe(false);
    work.release();
    await Promise.all([first, ...during]);
    expect(work.passes).toBe(2);
    await runner.idle();
  });

  it('is ready again after a pass that failed', async () => {
    let fail = true;
    const runner = new CoalescingRunner(async () => {
      if (fail) throw new Error('pass failed');
    });
    await expect(runner.kick()).rejects.toThrow('pass failed');
    fail = false;
    await expect(runner.kick()).resolves.toBeUndefined();
  });
});
