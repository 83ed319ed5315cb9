namespace Froth.Speculation;

/// <summary>Recent turnover against its longer history (<see cref="TurnoverSurge.Compute"/>).</summary>
/// <param name="Ratio">RecentMean ÷ BaselineMean: 1 is usual, 2 twice the usual value traded.</param>
/// <param name="RecentMean">Mean close × volume over the recent window, in the price currency × volume unit.</param>
/// <param name="BaselineMean">Mean close × volume over the baseline window.</param>
/// <param name="BaselineFrom">First session of the baseline window.</param>
/// <param name="RecentFrom">First session of the recent window.</param>
/// <param name="RecentTo">Last session of the recent window (the as-of session).</param>
public sealed record TurnoverSurgeResult(double Ratio, double RecentMean, double BaselineMean, DateOnly BaselineFrom, DateOnly RecentFrom, DateOnly RecentTo);
