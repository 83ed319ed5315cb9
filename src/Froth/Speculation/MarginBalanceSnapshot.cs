using Froth.Valuation;

namespace Froth.Speculation;

/// <summary>The margin-financing balance on an as-of date: level, recent change and place in its own history.</summary>
/// <param name="Balance">Latest balance on or before the as-of date, in the series' currency.</param>
/// <param name="Date">Date of that balance.</param>
/// <param name="ChangeFrom">Date of the observation <see cref="MarginOptions.ChangeObservations"/> before it, or <see langword="null"/> when the series is shorter.</param>
/// <param name="Change">Balance / balance on <paramref name="ChangeFrom"/> − 1, a fraction; <see langword="null"/> when there is no such observation.</param>
/// <param name="History">The balance against its own history (plain order: no value is a loss); see <see cref="HistoryStatistics"/>.</param>
/// <param name="Stale">Whether the balance has stopped moving.</param>
public sealed record MarginBalanceSnapshot(double Balance, DateOnly Date, DateOnly? ChangeFrom, double? Change, HistoryStatistics History, StaleStatus Stale)
{
    /// <summary>The last observation on or before one calendar year before <see cref="Date"/>, or <see langword="null"/> when the series starts later.</summary>
    public DateOnly? YearAgo { get; init; }

    /// <summary>Balance ÷ the balance on <see cref="YearAgo"/> − 1, a fraction; <see langword="null"/> without it.</summary>
    public double? OneYearChange { get; init; }

    /// <summary>The first observation of the whole history (every finite value up to the as-of date).</summary>
    public DateOnly? HistoryFrom { get; init; }

    /// <summary>Observations in the whole history.</summary>
    public int HistoryCount { get; init; }

    /// <summary>Share of the whole history's values at or below the balance (the empirical distribution function), a fraction in (0, 1].</summary>
    public double? HistoryPercentile { get; init; }

    /// <summary>Median of the whole history (<see cref="Froth.Statistics.Quantiles.Median"/>), in the series' currency.</summary>
    public double? HistoryMedian { get; init; }
}
