namespace Froth.Narrative;

/// <summary>Where a fact's value comes from: a stored series and the source it was read from.</summary>
/// <param name="Series">The series: a canonical symbol (<c>HSTECH.HK</c>), a valuation or macro series
/// (<c>HSTECH.HK:PE</c>, <c>CN:CPI_INFLATION</c>), or a computed series (<c>basket:china-ai</c>).</param>
/// <param name="Source">The stored source of the series (a file stem such as <c>hstech_sina_2020-2026</c>), or
/// <see langword="null"/> for a computed series.</param>
public sealed record FactSource(string Series, string? Source)
{
    /// <inheritdoc />
    public override string ToString() => Source is null ? Series : $"{Series} ({Source})";
}
