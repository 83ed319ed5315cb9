namespace Froth.Bubbles.Lppls;

/// <summary>The LPPLS confidence indicator on one date, with the critical-time quantiles of its qualified fits as dates.</summary>
/// <param name="Date">The end date t2: the indicator reads the prices up to it only.</param>
/// <param name="Confidence">The indicator (its <c>End</c> index is on the axis of the prices it read).</param>
/// <param name="CriticalTimes">Quantiles of the qualified fits' critical times as business days; <see langword="null"/> when no fit qualifies.</param>
public sealed record LpplsDatedConfidence(DateOnly Date, LpplsConfidence Confidence, IReadOnlyList<LpplsDatedQuantile>? CriticalTimes)
{
    /// <summary>Dates the indicator computed at <paramref name="date"/>.</summary>
    public static LpplsDatedConfidence Of(DateOnly date, LpplsConfidence confidence)
    {
        ArgumentNullException.ThrowIfNull(confidence);
        return new(date, confidence, confidence.TcQuantiles?.Select(q => new LpplsDatedQuantile(q.Level, LpplsDates.CriticalDate(date, q.TcAfterEnd), q.TcAfterEnd)).ToList());
    }
}

/// <summary>One quantile of the critical time.</summary>
/// <param name="Level">Quantile level in [0, 1].</param>
/// <param name="Date">The critical time as a business day.</param>
/// <param name="SessionsAfterEnd">The critical time in sessions after the end date.</param>
public sealed record LpplsDatedQuantile(double Level, DateOnly Date, double SessionsAfterEnd);
