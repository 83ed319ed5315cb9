namespace Froth.Bubbles.Psy;

/// <summary>Constants per window size <c>n</c> used in the hot loops: <c>1/n</c> and <c>√(n − p)</c>.</summary>
internal sealed class CountTables
{
    /// <summary>Tables for windows of up to <paramref name="maxRows"/> rows and <paramref name="parameters"/> coefficients.</summary>
    public CountTables(int maxRows, int parameters)
    {
        Inverse = new double[maxRows + 1];
        SqrtDof = new double[maxRows + 1];
        for (var n = 1; n <= maxRows; n++)
        {
            Inverse[n] = 1.0 / n;
            SqrtDof[n] = n > parameters ? Math.Sqrt(n - parameters) : double.NaN;
        }
    }

    /// <summary><c>1/n</c>.</summary>
    public double[] Inverse { get; }

    /// <summary><c>√(n − p)</c> for the lag-0 regression's <c>p</c>; NaN when <c>n ≤ p</c>.</summary>
    public double[] SqrtDof { get; }
}
