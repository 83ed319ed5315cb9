namespace Froth.Speculation;

/// <summary>Options of <see cref="TurnoverGauge.Compute"/>.</summary>
public sealed record TurnoverOptions
{
    /// <summary>The default: a 20-session average (about one trading month).</summary>
    public static TurnoverOptions Default { get; } = new();

    /// <summary>Sessions in the trailing average the day is compared with (at least 1). Default 20.</summary>
    public int Window { get; init; } = 20;
}
