namespace Froth.Bubbles.Lppls;

/// <summary>One quantile of the critical times of the qualified fits at an end date.</summary>
/// <param name="Level">Quantile level in [0, 1] (0.05 is the 5% quantile).</param>
/// <param name="TcAfterEnd">Critical time after the end date, <c>tc − t2</c>, in sessions (may be negative down to
/// the filter's lower bound, but the calibration keeps every tc after t2).</param>
public sealed record LpplsTcQuantile(double Level, double TcAfterEnd);
