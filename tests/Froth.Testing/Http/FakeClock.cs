using Microsoft.Extensions.Time.Testing;

namespace Froth.Testing.Http;

/// <summary>
/// A fake clock for code that waits (retries, rate limits, time-outs): the test starts the work, then moves the
/// clock on in steps until the work is done, so a 60-second back-off costs a few milliseconds.
/// </summary>
public static class FakeClock
{
    /// <summary>The team's "today", 2026-11-22 09:30 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A fake clock at <see cref="Start"/>.</summary>
    public static FakeTimeProvider Create() => new(Start);

    /// <summary>
    /// Waits for <paramref name="work"/>, moving the clock on by <paramref name="step"/> (default 100 ms) after each
    /// real millisecond the work is not done. Work that waits on the clock is only ever let go late, never early,
    /// so tests assert lower bounds on the time waited. Busy work (JIT, parsing) also sees the clock move, about
    /// 100 times faster than real time: a test keeps its time-outs well above 100 × the real time its work needs.
    /// </summary>
    public static async Task<T> Drive<T>(this FakeTimeProvider time, Task<T> work, TimeSpan? step = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(work);
        var by = step ?? TimeSpan.FromMilliseconds(100);
        var limit = time.GetUtcNow() + TimeSpan.FromHours(1);
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(1));
            if (!work.IsCompleted)
            {
                // An hour of fake time is far beyond any policy here; more means the work waits on something else.
                if (time.GetUtcNow() > limit)
                {
                    throw new TimeoutException("The work did not finish within an hour of fake time.");
                }

                time.Advance(by);
            }
        }

        return await work;
    }
}
