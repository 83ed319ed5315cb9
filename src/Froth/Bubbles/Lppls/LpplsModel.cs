namespace Froth.Bubbles.Lppls;

/// <summary>
/// The parameters of the log-periodic power law singularity (LPPLS) model of Johansen, Ledoit and Sornette,
/// in the linearised form of Filimonov and Sornette (2013):
/// <c>ln p(t) = A + B·f + C1·g + C2·h</c> with <c>f = (tc − t)^m</c>, <c>g = f·cos(ω·ln(tc − t))</c> and
/// <c>h = f·sin(ω·ln(tc − t))</c>.
/// </summary>
/// <remarks>
/// Time is counted in sessions (trading days): <c>t</c> is the index of an observation in the series that was
/// fitted, so <see cref="Tc"/> is on that axis too (the last observation of a window ending at index 500 is
/// <c>t = 500</c>; <c>Tc = 512.5</c> is 12.5 sessions after it). The model is defined for <c>t &lt; Tc</c> only.
/// <see cref="A"/>, <see cref="B"/>, <see cref="C1"/> and <see cref="C2"/> are in natural-log price units with
/// time in sessions; a different time unit rescales <c>B</c>, <c>C1</c>, <c>C2</c> and rotates <c>C1</c>, <c>C2</c>.
/// </remarks>
/// <param name="Tc">Critical time (the most probable end of the bubble), in sessions on the fitted series' axis.</param>
/// <param name="M">Power-law exponent <c>m</c> (dimensionless).</param>
/// <param name="Omega">Angular log-frequency <c>ω</c> of the oscillations (radians per unit of <c>ln(tc − t)</c>).</param>
/// <param name="A">Log price at the critical time.</param>
/// <param name="B">Amplitude of the power law: negative for a positive (upward) bubble, positive for a negative one.</param>
/// <param name="C1">Cosine amplitude of the log-periodic oscillations.</param>
/// <param name="C2">Sine amplitude of the log-periodic oscillations.</param>
public sealed record LpplsModel(double Tc, double M, double Omega, double A, double B, double C1, double C2)
{
    /// <summary>Amplitude of the oscillations, <c>C = √(C1² + C2²)</c>.</summary>
    public double C => Math.Sqrt((C1 * C1) + (C2 * C2));

    /// <summary>Whether the fit describes a positive bubble (<c>B &lt; 0</c>), a negative one (<c>B &gt; 0</c>) or neither.</summary>
    public LpplsBubbleSign Sign => B < 0 ? LpplsBubbleSign.Positive : B > 0 ? LpplsBubbleSign.Negative : LpplsBubbleSign.None;

    /// <summary>
    /// Damping <c>D = m·|B| / (ω·|C|)</c> (Sornette et al. 2015): at least about 1 means the oscillations do not
    /// overturn the power-law growth. Positive infinity when <c>C = 0</c> and <c>B ≠ 0</c>; NaN when both are 0.
    /// </summary>
    public double Damping => M * Math.Abs(B) / (Omega * C);

    /// <summary>Model log price at time <paramref name="t"/> (sessions); NaN when <paramref name="t"/> is not before <see cref="Tc"/>.</summary>
    public double LogPrice(double t)
    {
        var dt = Tc - t;
        if (!(dt > 0))
        {
            return double.NaN;
        }

        var ln = Math.Log(dt);
        var f = Math.Exp(M * ln);
        var (sin, cos) = Math.SinCos(Omega * ln);
        return A + (f * (B + (C1 * cos) + (C2 * sin)));
    }

    /// <summary>
    /// Number of oscillations between <paramref name="t1"/> and <paramref name="t2"/>:
    /// <c>O = (ω / 2π)·ln((tc − t1) / (tc − t2))</c>, the count of log-periodic cycles the window spans.
    /// NaN unless <c>t1 &lt; t2 &lt; Tc</c>.
    /// </summary>
    public double Oscillations(double t1, double t2) =>
        t1 < t2 && t2 < Tc ? Omega / (2 * Math.PI) * Math.Log((Tc - t1) / (Tc - t2)) : double.NaN;
}
