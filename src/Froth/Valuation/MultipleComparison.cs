namespace Froth.Valuation;

/// <summary>
/// A valuation series against a multiple the user gives, for a market whose series is not stored (the
/// Nasdaq 100's P/E of 30).
/// </summary>
/// <param name="Multiple">The multiple given.</param>
/// <param name="Ratio">Subject value / <paramref name="Multiple"/>; <see langword="null"/> when the subject's value is a loss.</param>
/// <param name="Premium"><paramref name="Ratio"/> − 1, as a fraction.</param>
/// <param name="PercentileInHistory">
/// Fraction of the subject's history window strictly cheaper than <paramref name="Multiple"/>: where the given
/// multiple would rank in the subject's own history.
/// </param>
public sealed record MultipleComparison(double Multiple, double? Ratio, double? Premium, double PercentileInHistory);
