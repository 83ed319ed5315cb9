using Froth.Series;

namespace Froth.Baskets;

/// <summary>Share counts from market caps and closes: shares = market cap ÷ close on each market-cap date.</summary>
/// <remarks>
/// Each market-cap point is paired with the close of its date, or of the last session at most
/// <see cref="ShareCountOptions.MaxCloseAgeDays"/> days before it (a quarter-end on a weekend or holiday). A point
/// without such a close, or with a non-finite or non-positive value, gives no observation. Consecutive observations
/// that differ by more than <see cref="ShareCountOptions.JumpThreshold"/> are reported as <see cref="ShareJump"/>s.
/// See <see cref="ShareCountSeries"/> for what the count means with adjusted closes.
/// </remarks>
public static class ShareCounts
{
    /// <summary>Derives the share counts of <paramref name="symbol"/>.</summary>
    /// <param name="symbol">The stock, for the result and messages.</param>
    /// <param name="marketCaps">Market caps ascending by date, in the closes' currency.</param>
    /// <param name="bars">Daily bars ascending by date (the close is used).</param>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="ShareCountOptions.Default"/>.</param>
    /// <returns>The series, or <see langword="null"/> when no market cap pairs with a close.</returns>
    public static ShareCountSeries? Derive(string symbol, IReadOnlyList<ScalarPoint> marketCaps, IReadOnlyList<DailyBar> bars, ShareCountOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        ArgumentNullException.ThrowIfNull(marketCaps);
        ArgumentNullException.ThrowIfNull(bars);
        options ??= ShareCountOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxCloseAgeDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.JumpThreshold);
        ArgumentOutOfRangeException.ThrowIfNegative(options.HoldBackWindowDays);
        var observations = new List<ShareObservation>();
        foreach (var p in marketCaps)
        {
            if (!double.IsFinite(p.Value) || p.Value <= 0)
            {
                continue;
            }

            var i = Sessions.LastOnOrBefore(bars, p.Date);
            if (i < 0 || p.Date.DayNumber - bars[i].Date.DayNumber > options.MaxCloseAgeDays || !(bars[i].Close > 0))
            {
                continue;
            }

            if (observations.Count > 0 && observations[^1].Date >= p.Date)
            {
                throw new ArgumentException($"Market caps of {symbol} must be ascending with unique dates; {IsoDate.Format(p.Date)} follows {IsoDate.Format(observations[^1].Date)}.", nameof(marketCaps));
            }

            observations.Add(new ShareObservation(p.Date, p.Value, bars[i].Date, bars[i].Close, p.Value / bars[i].Close));
        }

        if (observations.Count == 0)
        {
            return null;
        }

        var jumps = new List<ShareJump>();
        for (var k = 1; k < observations.Count; k++)
        {
            var (a, b) = (observations[k - 1], observations[k]);
            var change = (b.Shares / a.Shares) - 1;
            if (Math.Abs(change) > options.JumpThreshold)
            {
                jumps.Add(new ShareJump(a.Date, b.Date, a.Shares, b.Shares, change));
            }
        }

        var first = observations[0].Date.DayNumber;
        var early = observations.Where(o => o.Date.DayNumber - first <= options.HoldBackWindowDays).Select(o => o.Shares).ToList();
        return new ShareCountSeries(symbol, observations, jumps, Froth.Statistics.Quantiles.Median(early)!.Value);
    }
}
