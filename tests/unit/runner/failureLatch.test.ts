import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FailureLatch } from '../../../engine/runner/failureLatch.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('FailureLatch', () => {
  it('passes values and rejections through while it has not failed', async () => {
    const latch = new FailureLatch();
    await expect(latch.guard(Promise.resolve(7))).resolves.toBe(7);
    await expect(latch.guard(Promise.reject(new Error('own')))).rejects.toThrow('own');
    expect(latch.failed).toBe(false);
  });

  it('rejects the waits in flight and every later one with the first failure', async () => {
    const latch = new FailureLatch();
    const never = new Promise<number>(() => undefined);
    const waiting = latch.guard(never);
    latch.fail(new Error('thread died'));
    latch.fail(new Error('second'));
    await expect(waiting).rejects.toThrow('thread died');
    await expect(latch.guard(Promise.resolve(1))).rejects.toThrow('thread died');
    expect(latch.failed).toBe(true);
  });

  it('keeps no settled value alive (Promise.race against one pending promise would keep them all)', async () => {
    const latch = new FailureLatch();
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 200; i++) {
      const value = { payload: new Float64Array(1000) };
      refs.push(new WeakRef(value));
      await latch.guard(Promise.resolve(value));
    }
    // Two rounds: a WeakRef keeps its target until the job that made it ends, and the last
    // values may still sit in a reaction in flight. The race keeps all 200.
    for (let round = 0; round < 2; round++) {
      await new Promise((r) => setImmediate(r));
      collectGarbage();
    }
    expect(refs.filter((r) => r.deref() !== undefined).length).toBeLessThanOrEqual(5);
  });
});
