namespace Froth.Bubbles.Psy;

/// <summary>
/// The ADF t-statistic with lags (fixed, or chosen by an information criterion) for windows of regression rows,
/// by rank-one updates of a centred cross-product matrix and small Cholesky solves. One instance is scratch
/// space for one thread.
/// </summary>
/// <remarks>
/// <para>Each row is <c>z = (Δy_{t−1}, …, Δy_{t−K}, y_{t−1}, Δy_t)</c>. As a window grows backwards by one row the
/// centred cross-product matrix takes the rank-one update <c>C += (n−1)/n·δδ'</c> with <c>δ = z − mean</c>
/// (Welford), so the constant is handled by centring and the sums stay accurate far from zero.</para>
/// <para>With the Cholesky factor <c>G</c> of the lag block and <c>u = G⁻¹c</c> for the <c>y_{t−1}</c> and <c>Δy_t</c>
/// columns, the Frisch–Waugh–Lovell residual moments after the first <c>k</c> lags are
/// <c>S = C − Σ_{j&lt;k} u_j u_j'</c> (2×2), giving <c>β = S_xd/S_xx</c>, <c>SSR = S_dd − S_xd²/S_xx</c> and
/// <c>t = S_xd·√(n−k−2)/√(S_xx·S_dd − S_xd²)</c> for every <c>k = 0…K</c> from one factorisation; the criteria
/// compare these on the same <c>n</c> rows.</para>
/// </remarks>
internal sealed class LagKernel
{
    private readonly int _k;
    private readonly int _q;
    private readonly InformationCriterion? _criterion;
    private readonly double[] _mean;
    private readonly double[] _c;
    private readonly double[] _g;
    private readonly double[] _ux;
    private readonly double[] _ud;
    private readonly double[] _delta;
    private int _n;

    /// <summary>Scratch for rows with <paramref name="maxLag"/> lags.</summary>
    public LagKernel(int maxLag, InformationCriterion? criterion)
    {
        _k = maxLag;
        _q = maxLag + 2;
        _criterion = criterion;
        _mean = new double[_q];
        _c = new double[_q * _q];
        _g = new double[Math.Max(1, _k * _k)];
        _ux = new double[Math.Max(1, _k)];
        _ud = new double[Math.Max(1, _k)];
        _delta = new double[_q];
    }

    /// <summary>Empties the window.</summary>
    public void Reset()
    {
        Array.Clear(_mean);
        Array.Clear(_c);
        _n = 0;
    }

    /// <summary>Adds one row (length <c>K + 2</c>) to the window.</summary>
    public void Add(ReadOnlySpan<double> row)
    {
        var n = ++_n;
        var f = (n - 1) / (double)n;
        var inv = 1.0 / n;
        var q = _q;
        for (var j = 0; j < q; j++)
        {
            _delta[j] = row[j] - _mean[j];
        }

        for (var j = 0; j < q; j++)
        {
            var fj = f * _delta[j];
            var rowOffset = j * q;
            for (var l = j; l < q; l++)
            {
                _c[rowOffset + l] += fj * _delta[l];
            }

            _mean[j] += _delta[j] * inv;
        }
    }

    /// <summary>
    /// The fit of the current window: the fixed lag <c>K</c>, or the lag in <c>0…K</c> the criterion prefers.
    /// <see cref="WindowFit.T"/> is NaN when the regression is degenerate.
    /// </summary>
    public WindowFit Evaluate()
    {
        var (lag, sxx, sxd, sdd) = Select();
        return Fit(_n, lag, sxx, sxd, sdd);
    }

    /// <summary>Only the t-statistic of <see cref="Evaluate"/>: the hot path of the BSADF loops.</summary>
    public double Statistic()
    {
        var (lag, sxx, sxd, sdd) = Select();
        var q = (sxx * sdd) - (sxd * sxd);
        return lag >= 0 && sxx > 0 && q > 0 ? sxd * Math.Sqrt(_n - lag - 2) / Math.Sqrt(q) : double.NaN;
    }

    /// <summary>The lag of the window's regression and its residual moments; lag −1 when none is defined.</summary>
    private (int Lag, double Sxx, double Sxd, double Sdd) Select()
    {
        var n = _n;
        var k = _k;
        var q = _q;
        var rank = Factor();
        if (_criterion is null && rank < k)
        {
            return (-1, double.NaN, double.NaN, double.NaN);
        }

        var sxx = _c[(k * q) + k];
        var sxd = _c[(k * q) + k + 1];
        var sdd = _c[((k + 1) * q) + k + 1];
        if (_criterion is null)
        {
            for (var j = 0; j < k; j++)
            {
                sxx -= _ux[j] * _ux[j];
                sxd -= _ux[j] * _ud[j];
                sdd -= _ud[j] * _ud[j];
            }

            return (k, sxx, sxd, sdd);
        }

        // n·ln(SSR_k/n) + pen·(k+2) is smallest where SSR_k·exp(pen/n)^k is: one exp per window, no logarithms.
        var penalty = _criterion == InformationCriterion.Aic ? 2.0 : Math.Log(n);
        var step = Math.Exp(penalty / n);
        var weight = 1.0;
        var bestScore = double.PositiveInfinity;
        var best = (-1, double.NaN, double.NaN, double.NaN);
        for (var lag = 0; lag <= rank; lag++)
        {
            if (lag > 0)
            {
                var j = lag - 1;
                sxx -= _ux[j] * _ux[j];
                sxd -= _ux[j] * _ud[j];
                sdd -= _ud[j] * _ud[j];
                weight *= step;
            }

            var ssr = sdd - (sxd * sxd / sxx);
            if (!(sxx > 0) || !(ssr > 0))
            {
                continue;
            }

            var score = ssr * weight;
            if (score < bestScore)
            {
                bestScore = score;
                best = (lag, sxx, sxd, sdd);
            }
        }

        return best;
    }

    private static WindowFit Fit(int n, int lag, double sxx, double sxd, double sdd)
    {
        var q = (sxx * sdd) - (sxd * sxd);
        if (lag < 0 || !(sxx > 0) || !(q > 0))
        {
            return WindowFit.Undefined(n) with { Lag = Math.Max(lag, 0) };
        }

        var dof = n - lag - 2;
        var ssr = q / sxx;
        var beta = sxd / sxx;
        var se = Math.Sqrt(ssr / dof / sxx);
        return new WindowFit(sxd * Math.Sqrt(dof) / Math.Sqrt(q), lag, beta, se, ssr, n);
    }

    /// <summary>Cholesky of the lag block and the two solves; returns how many leading lags are non-singular.</summary>
    private int Factor()
    {
        var k = _k;
        var q = _q;
        for (var j = 0; j < k; j++)
        {
            var rowJ = j * k;
            for (var i = 0; i < j; i++)
            {
                var sum = _c[(i * q) + j];
                var rowI = i * k;
                for (var l = 0; l < i; l++)
                {
                    sum -= _g[rowJ + l] * _g[rowI + l];
                }

                _g[rowJ + i] = sum / _g[rowI + i];
            }

            var diag = _c[(j * q) + j];
            var pivot = diag;
            for (var l = 0; l < j; l++)
            {
                pivot -= _g[rowJ + l] * _g[rowJ + l];
            }

            if (!(pivot > 1e-12 * diag))
            {
                return j;
            }

            var gjj = Math.Sqrt(pivot);
            _g[rowJ + j] = gjj;
            var sx = _c[(j * q) + k];
            var sd = _c[(j * q) + k + 1];
            for (var l = 0; l < j; l++)
            {
                sx -= _g[rowJ + l] * _ux[l];
                sd -= _g[rowJ + l] * _ud[l];
            }

            _ux[j] = sx / gjj;
            _ud[j] = sd / gjj;
        }

        return k;
    }

    /// <summary>
    /// BADF and BSADF for the ends <c>bFrom ≤ b &lt; bTo</c> of rows <paramref name="z"/> (row-major, <c>K + 2</c>
    /// wide), written at index <c>b − (m − 1)</c>.
    /// </summary>
    public void Run(ReadOnlySpan<double> z, int m, int bFrom, int bTo, Span<double> badf, Span<double> bsadf)
    {
        var q = _q;
        for (var b = bFrom; b < bTo; b++)
        {
            Reset();
            var best = double.NegativeInfinity;
            var last = double.NaN;
            for (var a = b; a >= 0; a--)
            {
                Add(z.Slice(a * q, q));
                if (_n < m)
                {
                    continue;
                }

                var t = Statistic();
                last = t;
                if (t > best)
                {
                    best = t;
                }
            }

            badf[b - m + 1] = last;
            bsadf[b - m + 1] = double.IsNegativeInfinity(best) ? double.NaN : best;
        }
    }
}
