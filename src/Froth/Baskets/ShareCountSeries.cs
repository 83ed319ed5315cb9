namespace Froth.Baskets;

/// <summary>
/// A stock's share counts derived from its market caps (<see cref="ShareCounts.Derive"/>), held between observations
/// by the rule of <see cref="At"/>.
/// </summary>
/// <remarks>
/// The counts are <b>in the units of the close series</b> they were derived with: market cap ÷ that close. With
/// unadjusted closes that is the number of shares outstanding. With adjusted closes (Yahoo's dividend-adjusted Hong
/// Kong closes, forward-adjusted A-shares) it is the true count ÷ the adjustment factor of the observation date,
/// which is what market value needs: count × adjusted close is the published market cap exactly on every observation
/// date. Between observations the count is constant, so market value moves with the adjusted close (total return,
/// not price): a dividend that goes ex between the date and its observation puts an error of about its yield on it.
/// </remarks>
/// <param name="Symbol">The stock.</param>
/// <param name="Observations">Ascending by date; at least one.</param>
/// <param name="Jumps">Changes above the threshold between consecutive observations, ascending.</param>
/// <param name="HeldBackShares">The count used before the first observation (<see cref="ShareCountOptions.HoldBackWindowDays"/>).</param>
public sealed record ShareCountSeries(string Symbol, IReadOnlyList<ShareObservation> Observations, IReadOnlyList<ShareJump> Jumps, double HeldBackShares)
{
    /// <summary>
    /// The count on <paramref name="date"/>: the last observation on or before it, carried forward (basis
    /// <see cref="ShareBasis.CarriedForward"/>, or <see cref="ShareBasis.Observed"/> on an observation date); before the
    /// first observation, <see cref="HeldBackShares"/> held back (<see cref="ShareBasis.HeldBack"/>). <see cref="ShareCountAt.DaysAway"/>
    /// says how far the date is from the observation used.
    /// </summary>
    public ShareCountAt At(DateOnly date)
    {
        var i = Froth.Series.Sessions.LastOnOrBefore(Observations.Select(o => o.Date).ToArray(), date);
        if (i < 0)
        {
            var first = Observations[0];
            return new ShareCountAt(HeldBackShares, ShareBasis.HeldBack, first.Date, first.Date.DayNumber - date.DayNumber);
        }

        var o = Observations[i];
        return new ShareCountAt(o.Shares, o.Date == date ? ShareBasis.Observed : ShareBasis.CarriedForward, o.Date, date.DayNumber - o.Date.DayNumber);
    }
}
