import { expect } from '@open-wc/testing';
import { TokenBucket } from '../../src/data/rate-limiter.js';
import { delay, rejectionOf } from './http-helpers.js';

/** Milliseconds from `start` at which each of `promises` settled. */
function settleTimes(start: number, promises: Promise<unknown>[]): Promise<number[]> {
  return Promise.all(promises.map((p) => p.then(() => performance.now() - start)));
}

describe('TokenBucket', () => {
  it('gives a burst at once, then one token per 1/rate seconds, in order', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 20, burst: 2 });
    const start = performance.now();
    const times = await settleTimes(
      start,
      [0, 1, 2, 3].map(() => bucket.take()),
    );
    expect(times[0]).to.be.below(20);
    expect(times[1]).to.be.below(20);
    expect(times[2]).to.be.at.least(45);
    expect(times[3]).to.be.at.least(95);
    expect(times[3]).to.be.at.least(times[2]!);
  });

  it('refills up to the burst while idle, and no further', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 50, burst: 2 });
    await bucket.take();
    await bucket.take();
    await delay(200); // 10 tokens' worth of time, but the bucket holds 2
    const start = performance.now();
    const times = await settleTimes(start, [bucket.take(), bucket.take(), bucket.take()]);
    expect(times[1]).to.be.below(15);
    expect(times[2]).to.be.at.least(15);
  });

  it('an aborted waiter leaves the queue and the next one moves up', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 5, burst: 1 });
    await bucket.take();
    const controller = new AbortController();
    const start = performance.now();
    const leaving = bucket.take(controller.signal);
    const staying = bucket.take();
    controller.abort(new DOMException('gone', 'AbortError'));
    const reason = await rejectionOf(leaving);
    expect((reason as DOMException).name).to.equal('AbortError');
    await staying;
    const waited = performance.now() - start;
    // One token (200 ms), not two: the aborted waiter's turn went to the next in line.
    expect(waited).to.be.at.least(180);
    expect(waited).to.be.below(350);
  });

  it('rejects at once with an aborted signal', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 1, burst: 1 });
    const reason = await rejectionOf(bucket.take(AbortSignal.abort()));
    expect((reason as DOMException).name).to.equal('AbortError');
  });

  it('a server limit lowers the rate but never raises it', () => {
    const bucket = new TokenBucket({ ratePerSecond: 2, burst: 1 });
    bucket.applyServerLimit(0.5);
    expect(bucket.ratePerSecond).to.equal(0.5);
    bucket.applyServerLimit(10);
    expect(bucket.ratePerSecond).to.equal(2);
    bucket.applyServerLimit(Number.NaN);
    bucket.applyServerLimit(0);
    expect(bucket.ratePerSecond).to.equal(2);
  });

  it('refuses a rate or burst that is not positive', () => {
    expect(() => new TokenBucket({ ratePerSecond: 0, burst: 1 })).to.throw(RangeError);
    expect(() => new TokenBucket({ ratePerSecond: 1, burst: -1 })).to.throw(RangeError);
    expect(() => new TokenBucket({ ratePerSecond: Number.NaN, burst: 1 })).to.throw(RangeError);
  });
});
