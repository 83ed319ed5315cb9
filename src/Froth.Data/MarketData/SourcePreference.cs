namespace Froth.Data.MarketData;

/// <summary>
/// Which of an instrument's sources is used when a command names none.
/// </summary>
/// <remarks>
/// The rule, in order: the series that reaches the latest date (the most current data wins); then the one
/// with volume; then the one with more rows (the longer history); then source name, ordinal, so that the
/// choice is always the same. For the sample snapshot this prefers the Nasdaq 100 file that runs to
/// 2026-07 over the two that stop in 2026-02 and 2026-05, and the Sina Hang Seng Tech file (to 2026-07)
/// over the investing.com export (to 2024-11).
/// </remarks>
public static class SourcePreference
{
    /// <summary>Orders sources, preferred first, by the documented rule.</summary>
    public static IReadOnlyList<SeriesSource> Order(IEnumerable<SeriesSource> sources) =>
        [.. sources
            .OrderByDescending(s => s.Last)
            .ThenByDescending(s => s.HasVolume)
            .ThenByDescending(s => s.Rows)
            .ThenBy(s => s.Source, StringComparer.Ordinal)];
}
