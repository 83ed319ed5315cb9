namespace Froth.Bubbles.Lppls;

/// <summary>
/// The best LPPLS fit of one window of a price series: its parameters, residuals and the diagnostics the
/// qualification filters read.
/// </summary>
/// <remarks>
/// Indices are positions in the price list given to the calibration (sessions); the window is
/// <c>[Start, End]</c> inclusive, so <c>t1 = Start</c>, <c>t2 = End</c> and its span is <c>dt = t2 − t1</c>.
/// </remarks>
/// <param name="Model">The fitted parameters, with <see cref="LpplsModel.Tc"/> on the input's index axis.</param>
/// <param name="Start">Index of the window's first observation (t1).</param>
/// <param name="End">Index of the window's last observation (t2).</param>
/// <param name="Sse">Residual sum of squares of the log prices (the quantity minimised).</param>
/// <param name="Residuals">Log-price residuals <c>ln p − model</c>, one per observation of the window, in order.</param>
/// <param name="RelativeError">Mean of <c>|p − p̂| / p̂</c> over the window, on prices (p̂ = exp of the model).</param>
/// <param name="Converged">True when the search that gave this fit met the convergence tolerance.</param>
/// <param name="FinalistsConverged">How many of the searches carried to convergence met the tolerance.</param>
/// <param name="FinalistSse">Final residual sum of squares of each search carried to convergence, in the order they ran (best scout first); positive infinity for one that failed numerically.</param>
public sealed record LpplsFit(
    LpplsModel Model,
    int Start,
    int End,
    double Sse,
    IReadOnlyList<double> Residuals,
    double RelativeError,
    bool Converged,
    int FinalistsConverged,
    IReadOnlyList<double> FinalistSse)
{
    /// <summary>Number of observations in the window.</summary>
    public int Length => End - Start + 1;

    /// <summary>The window's span <c>dt = t2 − t1</c>, in sessions.</summary>
    public int Span => End - Start;

    /// <summary>Critical time after the window's last observation, <c>tc − t2</c>, in sessions (always positive).</summary>
    public double TcAfterEnd => Model.Tc - End;

    /// <summary>Damping <c>m·|B| / (ω·|C|)</c>; see <see cref="LpplsModel.Damping"/> for the non-finite cases.</summary>
    public double Damping => Model.Damping;

    /// <summary>Number of oscillations over the window, <c>(ω / 2π)·ln((tc − t1) / (tc − t2))</c>.</summary>
    public double Oscillations => Model.Oscillations(Start, End);

    /// <summary>
    /// The nonlinear parameters that ended on a bound of the search space (<c>tc</c>, <c>m</c>, <c>omega</c>):
    /// there the bound, not the data, set the value, and the unconstrained optimum lies beyond it. Empty when
    /// the fit is interior.
    /// </summary>
    public IReadOnlyList<string> AtSearchBound { get; init; } = [];

    /// <summary>Positive bubble (<c>B &lt; 0</c>), negative bubble (<c>B &gt; 0</c>) or neither.</summary>
    public LpplsBubbleSign Sign => Model.Sign;
}
