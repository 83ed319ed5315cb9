using Froth.Bubbles.Psy;
using Froth.Series;

namespace Froth.Analysis.Bubbles;

/// <summary>What a PSY test is asked for. Every field has the product's default (<see cref="BubbleSettings"/>).</summary>
public sealed record PsyRequest
{
    /// <summary>The as-of date, or <see langword="null"/> for the latest.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The first date of the sample, or <see langword="null"/> for the default sample (<see cref="PsySampleRule"/>).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Observations in the sample (the last N up to the as-of date), or <see langword="null"/> for the default.</summary>
    public int? Sessions { get; init; }

    /// <summary>Resample to weekly or monthly closes first, or <see langword="null"/> for the data as they are.</summary>
    public Frequency? Frequency { get; init; }

    /// <summary>What is tested: logs of prices by default.</summary>
    public ValueTransform Transform { get; init; } = ValueTransform.Log;

    /// <summary>Window, convention and lag.</summary>
    public PsyOptions Test { get; init; } = new();

    /// <summary>The Monte Carlo null, or <see langword="null"/> for <see cref="BubbleSettings.MonteCarlo"/>.</summary>
    public PsyMonteCarloOptions? MonteCarlo { get; init; }

    /// <summary>Wild-bootstrap critical values instead of Monte Carlo, or <see langword="null"/>.</summary>
    public PsyWildBootstrapOptions? WildBootstrap { get; init; }

    /// <summary>A CSV file of critical values (columns cv90, cv95, cv99; one row per BSADF observation, or one for all), or <see langword="null"/>.</summary>
    public string? CriticalValuesFile { get; init; }

    /// <summary>δ of the minimum duration δ·ln T, or <see langword="null"/> for <see cref="BubbleSettings.MinDurationDelta"/>.</summary>
    public double? MinDurationDelta { get; init; }

    /// <summary>Recompute the critical values instead of reading the cache (the result is then stored in it).</summary>
    public bool NoCache { get; init; }
}
