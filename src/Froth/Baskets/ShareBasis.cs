namespace Froth.Baskets;

/// <summary>How a share count on a date was obtained from the observations (<see cref="ShareCountSeries.At"/>).</summary>
public enum ShareBasis
{
    /// <summary>A market-cap observation on that date.</summary>
    Observed,

    /// <summary>The last observation before the date, carried forward.</summary>
    CarriedForward,

    /// <summary>The date is before the first observation: the first observation is held back in time (an extrapolation).</summary>
    HeldBack,
}
