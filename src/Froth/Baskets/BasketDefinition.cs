using System.Globalization;

namespace Froth.Baskets;

/// <summary>
/// A user-defined basket: its constituents, weighting, rebalancing rule and reporting currency. Read from a
/// basket file (<c>Froth.Data.Baskets.BasketFile</c>) or a preset.
/// </summary>
/// <param name="Name">Short name (<c>china-ai</c>).</param>
/// <param name="Description">What the basket is, for reports; may be empty.</param>
/// <param name="Constituents">The constituents, in the file's order; symbols unique.</param>
/// <param name="Weighting">How constituents are weighted.</param>
/// <param name="Rebalancing">When weights are reset.</param>
/// <param name="ReportingCurrency">
/// ISO currency the index and market values are expressed in (prices converted with FX series), or
/// <see langword="null"/> for a local-currency basket: each constituent's return in its own currency, no
/// conversion.
/// </param>
/// <param name="Benchmarks">Symbols the basket is compared with (may be empty).</param>
public sealed record BasketDefinition(
    string Name,
    string Description,
    IReadOnlyList<BasketConstituent> Constituents,
    BasketWeighting Weighting,
    BasketRebalancing Rebalancing,
    string? ReportingCurrency,
    IReadOnlyList<string> Benchmarks)
{
    /// <summary>
    /// The index's inception: it is 100 at the close of the last basket session on or before this date, and every
    /// period is measured on the one index run from there (<see cref="BasketOptions.Inception"/>).
    /// <see langword="null"/>: from the first session of any constituent.
    /// </summary>
    public DateOnly? Inception { get; init; }

    /// <summary>Throws <see cref="FrothException"/> when the definition is inconsistent (the file reader reports the same problems with line numbers).</summary>
    public void Validate()
    {
        if (Constituents.Count == 0)
        {
            throw new FrothException($"Basket '{Name}' has no constituents; expected at least one.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Constituents)
        {
            if (!seen.Add(c.Symbol))
            {
                throw new FrothException($"Basket '{Name}' lists {c.Symbol} twice; expected each constituent once.");
            }

            if (c.Shares is { } s && !(s > 0 && double.IsFinite(s)))
            {
                throw new FrothException($"Basket '{Name}': {c.Symbol} has shares {s.ToString(CultureInfo.InvariantCulture)}; expected a positive number.");
            }

            if (c.Weight is { } w && !(w > 0 && double.IsFinite(w)))
            {
                throw new FrothException($"Basket '{Name}': {c.Symbol} has weight {w.ToString(CultureInfo.InvariantCulture)}; expected a positive number.");
            }

            if (Weighting == BasketWeighting.Cap && c.Shares is null)
            {
                throw new FrothException($"Basket '{Name}' is cap-weighted but {c.Symbol} has no shares; expected shares for every constituent.");
            }

            if (Weighting == BasketWeighting.Fixed && c.Weight is null)
            {
                throw new FrothException($"Basket '{Name}' has fixed weights but {c.Symbol} has none; expected a weight for every constituent.");
            }

            if (Weighting != BasketWeighting.Fixed && c.Weight is not null)
            {
                throw new FrothException($"Basket '{Name}': {c.Symbol} has a weight but the weighting is '{Weighting.ToString().ToLowerInvariant()}'; set the weighting to 'fixed' to use weights.");
            }
        }

        if (ReportingCurrency is { } ccy && !(ccy.Length == 3 && ccy.All(char.IsAsciiLetterUpper)))
        {
            throw new FrothException($"Basket '{Name}' reports in '{ccy}'; expected an ISO currency code such as USD, or local.");
        }
    }
}
