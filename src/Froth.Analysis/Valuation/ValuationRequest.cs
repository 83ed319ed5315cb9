using Froth.Valuation;

namespace Froth.Analysis.Valuation;

/// <summary>What a valuation is asked for.</summary>
public sealed record ValuationRequest
{
    /// <summary>The as-of date, or <see langword="null"/> for the series' last date (a basket's: the as-of policy's date).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Calendar years of history the value is set against. Default 3.</summary>
    public int Years { get; init; } = ValuationOptions.Default.Years;

    /// <summary>Use a shorter history when that is all there is (otherwise a short history is an error for one instrument, and left out of a basket).</summary>
    public bool AllowShort { get; init; }

    /// <summary>The source of the series, or <see langword="null"/> for the preferred one.</summary>
    public string? Source { get; init; }

    /// <summary>Other instruments to compare with on the same date.</summary>
    public IReadOnlyList<string> Compare { get; init; } = [];

    /// <summary>Multiples given by the user to compare with, each with a label.</summary>
    public IReadOnlyList<GivenMultiple> CompareMultiples { get; init; } = [];
}

/// <summary>A multiple the user gives to compare with ("Nasdaq 100=30").</summary>
/// <param name="Label">What it is.</param>
/// <param name="Multiple">The multiple, positive.</param>
public sealed record GivenMultiple(string Label, double Multiple);
