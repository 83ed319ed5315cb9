using Froth.Series;

namespace Froth.Analysis.Valuation;

/// <summary>What a valuation use case works on: a subject (an index), its prices and its valuation series, as stored.</summary>
/// <param name="Subject">Canonical symbol of the subject (<c>HSTECH.HK</c>).</param>
/// <param name="Name">The subject's name.</param>
/// <param name="Priced">The subject's bar instrument when the store holds its prices.</param>
/// <param name="Series">The valuation series asked for (<c>HSTECH.HK:PE</c>, or the one named), when stored.</param>
public sealed record ValuationTarget(string Subject, string Name, Instrument? Priced, Instrument? Series)
{
    /// <summary>The metric code of <see cref="Series"/> in lower case (<c>pe</c>).</summary>
    public string Metric => Series is null ? "pe" : Series.Symbol[(Series.Symbol.LastIndexOf(':') + 1)..].ToLowerInvariant();

    /// <summary>True for an earnings multiple (P/E and its percentile bands, CAPE), whose values ≤ 0 are losses.</summary>
    public bool IsEarningsMultiple => Metric is "pe" or "pe_p80" or "pe_p50" or "pe_p20" or "cape";
}
