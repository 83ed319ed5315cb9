namespace Froth.Speculation;

/// <summary>Options of <see cref="MarginBalanceGauge.Compute"/>.</summary>
public sealed record MarginOptions
{
    /// <summary>The defaults: change over 20 observations, 3 years of history.</summary>
    public static MarginOptions Default { get; } = new();

    /// <summary>Observations back for the change (at least 1). Default 20, about a trading month of daily data.</summary>
    public int ChangeObservations { get; init; } = 20;

    /// <summary>Calendar years of history the balance is set against (at least 1). Default 3.</summary>
    public int Years { get; init; } = 3;
}
