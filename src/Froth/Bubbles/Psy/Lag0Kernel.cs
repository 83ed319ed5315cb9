using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Froth.Bubbles.Psy;

/// <summary>
/// The lag-0 ADF t-statistic of every window <c>[a, b]</c> of regression rows, by running centred sums:
/// O(1) work per window, vectorised across consecutive window ends.
/// </summary>
/// <remarks>
/// <para>For rows <c>(x_i, d_i) = (y_{t−1}, Δy_t)</c> the regression <c>d = α + β·x</c> has
/// <c>t_β = C_xd·√(n−2) / √(C_xx·C_dd − C_xd²)</c>, where <c>C</c> are centred co-moments. For a fixed end
/// <c>b</c> the window grows backwards one row at a time and the co-moments are updated with Welford's
/// recurrence (<c>δ = z − mean; mean += δ/n; C += δ·(z − mean)</c>), which never subtracts large sums and is
/// accurate for price levels far from zero. <see cref="Vector{T}"/> lanes hold consecutive ends
/// <c>b, b+1, …</c>: at each step they all add rows that are adjacent in memory.</para>
/// <para>A window whose regression is degenerate (<c>C_xx·C_dd − C_xd² ≤ 0</c>: a constant stretch or an exact
/// fit) has no statistic and is skipped; an end whose windows are all degenerate gets NaN.</para>
/// </remarks>
internal static class Lag0Kernel
{
    /// <summary>
    /// Computes BADF (the window starting at row 0) and BSADF (the supremum over starts) for the ends
    /// <c>bFrom ≤ b &lt; bTo</c>, writing index <c>b − (m − 1)</c> of <paramref name="badf"/> and <paramref name="bsadf"/>.
    /// </summary>
    /// <param name="x">Regressor per row, <c>y_{t−1}</c>.</param>
    /// <param name="d">Regressand per row, <c>Δy_t</c>.</param>
    /// <param name="m">Minimum window in rows (≥ 3).</param>
    /// <param name="bFrom">First end (≥ m − 1).</param>
    /// <param name="bTo">One past the last end (≤ rows).</param>
    /// <param name="tables">Per-count constants.</param>
    /// <param name="badf">BADF output.</param>
    /// <param name="bsadf">BSADF output.</param>
    public static void Run(
        ReadOnlySpan<double> x, ReadOnlySpan<double> d, int m, int bFrom, int bTo, CountTables tables, Span<double> badf, Span<double> bsadf)
    {
        var b = bFrom;
        if (Vector.IsHardwareAccelerated)
        {
            var w = Vector<double>.Count;
            for (; b + w <= bTo; b += w)
            {
                VectorBlock(x, d, m, b, tables, badf, bsadf);
            }
        }

        for (; b < bTo; b++)
        {
            var state = State.Empty;
            Continue(ref state, x, d, m, b, tables);
            badf[b - m + 1] = state.Last;
            bsadf[b - m + 1] = state.BestOrNaN;
        }
    }

    private static void VectorBlock(
        ReadOnlySpan<double> x, ReadOnlySpan<double> d, int m, int b0, CountTables tables, Span<double> badf, Span<double> bsadf)
    {
        var w = Vector<double>.Count;
        ref var xr = ref MemoryMarshal.GetReference(x);
        ref var dr = ref MemoryMarshal.GetReference(d);
        var mx = Vector<double>.Zero;
        var md = Vector<double>.Zero;
        var cxx = Vector<double>.Zero;
        var cxd = Vector<double>.Zero;
        var cdd = Vector<double>.Zero;
        var negInf = new Vector<double>(double.NegativeInfinity);
        var nan = new Vector<double>(double.NaN);
        var best = negInf;
        var last = nan;

        // Steps s = 0 … b0: lane l adds row b0 + l − s; after step s every lane holds n = s + 1 rows.
        var s = 0;
        for (; s < m - 1; s++)
        {
            AddRow(ref xr, ref dr, (nuint)(b0 - s), new Vector<double>(tables.Inverse[s + 1]), ref mx, ref md, ref cxx, ref cxd, ref cdd);
        }

        // Steps with at least m rows also record the statistic.
        for (; s <= b0; s++)
        {
            AddRow(ref xr, ref dr, (nuint)(b0 - s), new Vector<double>(tables.Inverse[s + 1]), ref mx, ref md, ref cxx, ref cxd, ref cdd);
            var q = (cxx * cdd) - (cxd * cxd);
            var t = cxd * new Vector<double>(tables.SqrtDof[s + 1]) / Vector.SquareRoot(q);
            var ok = Vector.GreaterThan(q, Vector<double>.Zero);
            last = Vector.ConditionalSelect(ok, t, nan);
            best = Vector.Max(best, Vector.ConditionalSelect(ok, t, negInf));
        }

        // Lane 0 has reached row 0; lane l still has rows l − 1 … 0 to add.
        badf[b0 - m + 1] = last[0];
        bsadf[b0 - m + 1] = double.IsNegativeInfinity(best[0]) ? double.NaN : best[0];
        for (var l = 1; l < w; l++)
        {
            var state = new State
            {
                N = b0 + 1,
                Mx = mx[l],
                Md = md[l],
                Cxx = cxx[l],
                Cxd = cxd[l],
                Cdd = cdd[l],
                Best = best[l],
                Last = last[l],
            };
            Continue(ref state, x, d, m, l - 1, tables);
            badf[b0 + l - m + 1] = state.Last;
            bsadf[b0 + l - m + 1] = state.BestOrNaN;
        }
    }

    /// <summary>
    /// One Welford step in every lane: adds the rows at <paramref name="a"/> … <paramref name="a"/> + lanes − 1
    /// (one per lane) to the running means and co-moments; <paramref name="inv"/> holds 1 / (rows after the step).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(
        ref double xr, ref double dr, nuint a, Vector<double> inv, ref Vector<double> mx, ref Vector<double> md, ref Vector<double> cxx, ref Vector<double> cxd, ref Vector<double> cdd)
    {
        var vx = Vector.LoadUnsafe(ref xr, a);
        var vd = Vector.LoadUnsafe(ref dr, a);
        var dx = vx - mx;
        var dd = vd - md;
        mx += dx * inv;
        md += dd * inv;
        var ed = vd - md;
        cxx += dx * (vx - mx);
        cxd += dx * ed;
        cdd += dd * ed;
    }

    /// <summary>Adds rows <paramref name="from"/> down to 0 to a window, recording each statistic once it has <paramref name="m"/> rows.</summary>
    private static void Continue(ref State st, ReadOnlySpan<double> x, ReadOnlySpan<double> d, int m, int from, CountTables tables)
    {
        for (var a = from; a >= 0; a--)
        {
            var n = ++st.N;
            var inv = tables.Inverse[n];
            var dx = x[a] - st.Mx;
            var dd = d[a] - st.Md;
            st.Mx += dx * inv;
            st.Md += dd * inv;
            var ed = d[a] - st.Md;
            st.Cxx += dx * (x[a] - st.Mx);
            st.Cxd += dx * ed;
            st.Cdd += dd * ed;
            if (n >= m)
            {
                var q = (st.Cxx * st.Cdd) - (st.Cxd * st.Cxd);
                if (q > 0)
                {
                    var t = st.Cxd * tables.SqrtDof[n] / Math.Sqrt(q);
                    st.Last = t;
                    if (t > st.Best)
                    {
                        st.Best = t;
                    }
                }
                else
                {
                    st.Last = double.NaN;
                }
            }
        }
    }

    private struct State
    {
        public int N;
        public double Mx;
        public double Md;
        public double Cxx;
        public double Cxd;
        public double Cdd;
        public double Best;
        public double Last;

        public static State Empty => new() { Best = double.NegativeInfinity, Last = double.NaN };

        public readonly double BestOrNaN => double.IsNegativeInfinity(Best) ? double.NaN : Best;
    }
}
