using System.Runtime.Intrinsics;

namespace Froth.Bubbles.Lppls;

/// <summary>
/// The variable-projection objective of one LPPLS window: for a triple θ = (τ, m, ω) it solves the four
/// linear parameters and returns the residual sum of squares, and it accumulates the Gauss–Newton pieces of
/// the three nonlinear ones. Holds scratch arrays sized for the longest window, so that it allocates nothing;
/// one instance per thread.
/// </summary>
/// <remarks>
/// <para>The linear parameters are slaved to θ as in Filimonov and Sornette (2013): the 4×4 normal equations
/// of <c>y = A + B·f + C1·g + C2·h</c> with <c>f = x^m</c>, <c>g = f·cos(ω ln x)</c>, <c>h = f·sin(ω ln x)</c>,
/// <c>x = tc − t</c>, are solved by an equilibrated Cholesky factorisation (<see cref="SmallLinearAlgebra"/>).
/// The Jacobian is Kaufman's (1975) <c>J = −(I − P)·(∂X/∂θ)·β</c> (Golub and Pereyra 1973), whose gradient is
/// exact because the residual is orthogonal to the columns of X.</para>
/// <para>Time runs in sessions: in a window of n observations, the i-th is at <c>t = i</c> and
/// <c>tc − t = (n − 1 − i) + τ</c> with <c>τ = tc − t2 &gt; 0</c>.</para>
/// <para>Each loop over the observations is one generic body (<see cref="IVec{TSelf}"/>) run at the widest
/// hardware-accelerated width, then at narrower ones for the remainder, the last observations one at a
/// time. The basis loop, which evaluates the logarithm, power and sine/cosine and dominates the cost, starts
/// at 512 bits where AVX-512 is available; the residual and Jacobian loops start at 256 bits. That is the
/// summation order of the hand-written 512- and 256-bit loops this replaced, so at those widths the results
/// are the same bits as theirs; where 256 bits are not accelerated the loops now run at 128 bits (or one lane)
/// instead of emulated 256-bit code (docs/lppls.md, reproducibility per vector width).</para>
/// </remarks>
internal sealed class LpplsObjective
{
    private readonly double[] _y;     // centred log prices of the window
    private readonly double[] _k;     // n − 1 − i: sessions from each observation to the window's last one
    private readonly double[] _logX;  // ln(tc − t)
    private readonly double[] _f;
    private readonly double[] _g;
    private readonly double[] _h;
    private readonly double[] _r;     // residuals y − Xβ
    private readonly double[] _normal = new double[16];
    private readonly double[] _scale = new double[4];
    private readonly double[] _beta = new double[4];
    private int _n;

    /// <summary>Scratch arrays for windows of up to <paramref name="capacity"/> observations.</summary>
    public LpplsObjective(int capacity)
    {
        _y = new double[capacity];
        _k = new double[capacity];
        _logX = new double[capacity];
        _f = new double[capacity];
        _g = new double[capacity];
        _h = new double[capacity];
        _r = new double[capacity];
    }

    /// <summary>Number of observations in the loaded window.</summary>
    public int Length => _n;

    /// <summary>Mean of the loaded log prices, which the objective fits centred.</summary>
    public double Mean { get; private set; }

    /// <summary>Number of calls to <see cref="Evaluate"/> since creation (for diagnostics and benchmarks).</summary>
    public long Evaluations { get; private set; }

    /// <summary>The linear parameters (A − <see cref="Mean"/>, B, C1, C2) of the last successful <see cref="Evaluate"/>.</summary>
    public ReadOnlySpan<double> Beta => _beta;

    /// <summary>The residuals of the last successful <see cref="Evaluate"/>, one per observation.</summary>
    public ReadOnlySpan<double> Residuals => _r.AsSpan(0, _n);

    /// <summary>Loads a window of log prices (finite values; checked by the caller).</summary>
    public void Load(ReadOnlySpan<double> logPrices)
    {
        _n = logPrices.Length;
        var sum = 0.0;
        foreach (var v in logPrices)
        {
            sum += v;
        }

        Mean = sum / _n;
        for (var i = 0; i < _n; i++)
        {
            _y[i] = logPrices[i] - Mean;
            _k[i] = _n - 1 - i;
        }
    }

    /// <summary>
    /// Residual sum of squares at (τ, m, ω) with the linear parameters solved; fills the basis,
    /// <see cref="Beta"/> and <see cref="Residuals"/>. Positive infinity when the normal equations are
    /// singular or the sum is not finite.
    /// </summary>
    public double Evaluate(double tau, double m, double omega)
    {
        Evaluations++;
        var s = default(BasisSums);
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            i = Basis<Vec512>(i, tau, m, omega, ref s);
        }

        if (Vector256.IsHardwareAccelerated)
        {
            i = Basis<Vec256>(i, tau, m, omega, ref s);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            i = Basis<Vec128>(i, tau, m, omega, ref s);
        }

        Basis<Vec1>(i, tau, m, omega, ref s);

        var a = _normal;
        a[0] = _n; a[1] = s.F; a[2] = s.G; a[3] = s.H;
        a[4] = s.F; a[5] = s.FF; a[6] = s.FG; a[7] = s.FH;
        a[8] = s.G; a[9] = s.FG; a[10] = s.GG; a[11] = s.GH;
        a[12] = s.H; a[13] = s.FH; a[14] = s.GH; a[15] = s.HH;
        if (!SmallLinearAlgebra.FactorEquilibrated(a, _scale))
        {
            return double.PositiveInfinity;
        }

        var beta = _beta.AsSpan();
        beta[0] = 0; // the log prices are centred
        beta[1] = s.YF;
        beta[2] = s.YG;
        beta[3] = s.YH;
        SmallLinearAlgebra.SolveEquilibrated(a, _scale, beta);

        var sse = 0.0;
        i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            i = Residual<Vec256>(i, ref sse);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            i = Residual<Vec128>(i, ref sse);
        }

        Residual<Vec1>(i, ref sse);
        return double.IsFinite(sse) ? sse : double.PositiveInfinity;
    }

    /// <summary>
    /// Gauss–Newton pieces at the point last passed to <see cref="Evaluate"/> (which must have succeeded):
    /// <c>JᵀJ</c> (3×3, row-major) and <c>Dᵀr</c>, the descent direction (minus half the gradient of the SSE),
    /// for θ = (τ, m, ω).
    /// </summary>
    public void Jacobian(double tau, double m, double omega, Span<double> jtj, Span<double> grad)
    {
        var s = default(JacobianSums);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            i = Jacobian<Vec256>(i, tau, m, omega, ref s);
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            i = Jacobian<Vec128>(i, tau, m, omega, ref s);
        }

        Jacobian<Vec1>(i, tau, m, omega, ref s);

        // JᵀJ = DᵀD − (XᵀD)ᵀ (XᵀX)⁻¹ (XᵀD): the part of each d_k the linear parameters cannot absorb.
        Span<double> xd = [s.Xt0, s.Xt1, s.Xt2, s.Xt3, s.Xm0, s.Xm1, s.Xm2, s.Xm3, s.Xw0, s.Xw1, s.Xw2, s.Xw3];
        Span<double> w = stackalloc double[12];
        xd.CopyTo(w);
        SmallLinearAlgebra.SolveEquilibrated(_normal, _scale, w[..4]);
        SmallLinearAlgebra.SolveEquilibrated(_normal, _scale, w.Slice(4, 4));
        SmallLinearAlgebra.SolveEquilibrated(_normal, _scale, w.Slice(8, 4));
        Span<double> dd = [s.Tt, s.Tm, s.Tw, s.Tm, s.Mm, s.Mw, s.Tw, s.Mw, s.Ww];
        for (var p = 0; p < 3; p++)
        {
            for (var q = 0; q < 3; q++)
            {
                var projected = 0.0;
                for (var j = 0; j < 4; j++)
                {
                    projected += xd[(p * 4) + j] * w[(q * 4) + j];
                }

                jtj[(p * 3) + q] = dd[(p * 3) + q] - projected;
            }
        }

        grad[0] = s.Rt;
        grad[1] = s.Rm;
        grad[2] = s.Rw;
    }

    /// <summary>
    /// From observation <paramref name="i"/>, <typeparamref name="TV"/>.Count at a time while they last: the
    /// basis <c>ln x</c>, f, g, h (stored) and the sums of the normal equations (added to
    /// <paramref name="s"/>). Returns the first observation not done.
    /// </summary>
    /// <remarks>
    /// Two loops over the same observations: the first calls the logarithm, power and sine/cosine, across
    /// which every vector register is lost, so it keeps no running sums; the second, without calls, keeps all
    /// twelve in registers. One loop doing both keeps the sums on the stack, which .NET aligns to 16 bytes
    /// only: on the 126-close Nasdaq window the 256-bit path then took 505 or 650 µs per fit depending on the
    /// thread's stack offset, and takes 485–510 µs with two loops; the 512-bit path gained 6% (docs/benchmarks.md).
    /// Each lane adds the same terms in the same order either way, so the sums are the same bits.
    /// </remarks>
    private int Basis<TV>(int i, double tau, double m, double omega, ref BasisSums s)
        where TV : struct, IVec<TV>
    {
        var n = _n;
        var k = _k.AsSpan(0, n);
        var logX = _logX.AsSpan(0, n);
        var fs = _f.AsSpan(0, n);
        var gs = _g.AsSpan(0, n);
        var hs = _h.AsSpan(0, n);
        var vTau = TV.Create(tau);
        var vM = TV.Create(m);
        var vOmega = TV.Create(omega);
        var from = i;
        for (; i <= n - TV.Count; i += TV.Count)
        {
            var ln = TV.Log(TV.Load(k, i) + vTau);
            var f = TV.Exp(vM * ln);
            var (sin, cos) = TV.SinCos(vOmega * ln);
            ln.Store(logX, i);
            f.Store(fs, i);
            (f * cos).Store(gs, i);
            (f * sin).Store(hs, i);
        }

        NormalSums<TV>(from, i, ref s);
        return i;
    }

    /// <summary>Adds the sums of the normal equations over observations [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="s"/>.</summary>
    private void NormalSums<TV>(int from, int to, ref BasisSums s)
        where TV : struct, IVec<TV>
    {
        var y = _y.AsSpan(0, _n);
        var fs = _f.AsSpan(0, _n);
        var gs = _g.AsSpan(0, _n);
        var hs = _h.AsSpan(0, _n);
        TV sf = TV.BeginSum(s.F), sg = TV.BeginSum(s.G), sh = TV.BeginSum(s.H);
        TV sff = TV.BeginSum(s.FF), sfg = TV.BeginSum(s.FG), sfh = TV.BeginSum(s.FH);
        TV sgg = TV.BeginSum(s.GG), sgh = TV.BeginSum(s.GH), shh = TV.BeginSum(s.HH);
        TV syf = TV.BeginSum(s.YF), syg = TV.BeginSum(s.YG), syh = TV.BeginSum(s.YH);
        for (var i = from; i < to; i += TV.Count)
        {
            var f = TV.Load(fs, i);
            var g = TV.Load(gs, i);
            var h = TV.Load(hs, i);
            var yi = TV.Load(y, i);
            sf += f;
            sg += g;
            sh += h;
            sff += f * f;
            sfg += f * g;
            sfh += f * h;
            sgg += g * g;
            sgh += g * h;
            shh += h * h;
            syf += yi * f;
            syg += yi * g;
            syh += yi * h;
        }

        s.F = TV.EndSum(sf, s.F); s.G = TV.EndSum(sg, s.G); s.H = TV.EndSum(sh, s.H);
        s.FF = TV.EndSum(sff, s.FF); s.FG = TV.EndSum(sfg, s.FG); s.FH = TV.EndSum(sfh, s.FH);
        s.GG = TV.EndSum(sgg, s.GG); s.GH = TV.EndSum(sgh, s.GH); s.HH = TV.EndSum(shh, s.HH);
        s.YF = TV.EndSum(syf, s.YF); s.YG = TV.EndSum(syg, s.YG); s.YH = TV.EndSum(syh, s.YH);
    }

    /// <summary>
    /// From observation <paramref name="i"/>, <typeparamref name="TV"/>.Count at a time while they last: the
    /// residuals <c>y − Xβ</c> (stored) and their sum of squares (added to <paramref name="sse"/>).
    /// </summary>
    private int Residual<TV>(int i, ref double sse)
        where TV : struct, IVec<TV>
    {
        var n = _n;
        var y = _y.AsSpan(0, n);
        var fs = _f.AsSpan(0, n);
        var gs = _g.AsSpan(0, n);
        var hs = _h.AsSpan(0, n);
        var r = _r.AsSpan(0, n);
        var b0 = TV.Create(_beta[0]);
        var b1 = TV.Create(_beta[1]);
        var b2 = TV.Create(_beta[2]);
        var b3 = TV.Create(_beta[3]);
        var total = TV.BeginSum(sse);
        for (; i <= n - TV.Count; i += TV.Count)
        {
            var e = TV.Load(y, i) - b0 - (b1 * TV.Load(fs, i)) - (b2 * TV.Load(gs, i)) - (b3 * TV.Load(hs, i));
            e.Store(r, i);
            total += e * e;
        }

        sse = TV.EndSum(total, sse);
        return i;
    }

    /// <summary>
    /// From observation <paramref name="i"/>, <typeparamref name="TV"/>.Count at a time while they last: the
    /// sums of <c>DᵀD</c>, <c>Dᵀr</c> and <c>XᵀD</c> (added to <paramref name="s"/>), where the columns
    /// <c>d_k = (∂X/∂θ_k)·β</c>: ∂/∂m multiplies f, g, h by ln x; ∂/∂ω maps (g, h) to (−ln x·h, ln x·g);
    /// ∂/∂τ is <c>(m·u + ω·v)/x</c> with <c>u = B·f + C1·g + C2·h</c>, <c>v = C2·g − C1·h</c>.
    /// </summary>
    private int Jacobian<TV>(int i, double tau, double m, double omega, ref JacobianSums s)
        where TV : struct, IVec<TV>
    {
        var n = _n;
        var logX = _logX.AsSpan(0, n);
        var fs = _f.AsSpan(0, n);
        var gs = _g.AsSpan(0, n);
        var hs = _h.AsSpan(0, n);
        var r = _r.AsSpan(0, n);
        var k = _k.AsSpan(0, n);
        var vB = TV.Create(_beta[1]);
        var vC1 = TV.Create(_beta[2]);
        var vC2 = TV.Create(_beta[3]);
        var vM = TV.Create(m);
        var vOmega = TV.Create(omega);
        var vTau = TV.Create(tau);
        TV rt = TV.BeginSum(s.Rt), rm = TV.BeginSum(s.Rm), rw = TV.BeginSum(s.Rw);
        TV tt = TV.BeginSum(s.Tt), tm = TV.BeginSum(s.Tm), tw = TV.BeginSum(s.Tw);
        TV mm = TV.BeginSum(s.Mm), mw = TV.BeginSum(s.Mw), ww = TV.BeginSum(s.Ww);
        TV xt0 = TV.BeginSum(s.Xt0), xt1 = TV.BeginSum(s.Xt1), xt2 = TV.BeginSum(s.Xt2), xt3 = TV.BeginSum(s.Xt3);
        TV xm0 = TV.BeginSum(s.Xm0), xm1 = TV.BeginSum(s.Xm1), xm2 = TV.BeginSum(s.Xm2), xm3 = TV.BeginSum(s.Xm3);
        TV xw0 = TV.BeginSum(s.Xw0), xw1 = TV.BeginSum(s.Xw1), xw2 = TV.BeginSum(s.Xw2), xw3 = TV.BeginSum(s.Xw3);
        for (; i <= n - TV.Count; i += TV.Count)
        {
            var f = TV.Load(fs, i);
            var g = TV.Load(gs, i);
            var h = TV.Load(hs, i);
            var ln = TV.Load(logX, i);
            var u = (vB * f) + (vC1 * g) + (vC2 * h);
            var v = (vC2 * g) - (vC1 * h);
            var dm = ln * u;
            var dw = ln * v;
            var dt = ((vM * u) + (vOmega * v)) / (TV.Load(k, i) + vTau);
            var ri = TV.Load(r, i);
            rt += dt * ri;
            rm += dm * ri;
            rw += dw * ri;
            tt += dt * dt;
            tm += dt * dm;
            tw += dt * dw;
            mm += dm * dm;
            mw += dm * dw;
            ww += dw * dw;
            xt0 += dt; xt1 += dt * f; xt2 += dt * g; xt3 += dt * h;
            xm0 += dm; xm1 += dm * f; xm2 += dm * g; xm3 += dm * h;
            xw0 += dw; xw1 += dw * f; xw2 += dw * g; xw3 += dw * h;
        }

        s.Rt = TV.EndSum(rt, s.Rt); s.Rm = TV.EndSum(rm, s.Rm); s.Rw = TV.EndSum(rw, s.Rw);
        s.Tt = TV.EndSum(tt, s.Tt); s.Tm = TV.EndSum(tm, s.Tm); s.Tw = TV.EndSum(tw, s.Tw);
        s.Mm = TV.EndSum(mm, s.Mm); s.Mw = TV.EndSum(mw, s.Mw); s.Ww = TV.EndSum(ww, s.Ww);
        s.Xt0 = TV.EndSum(xt0, s.Xt0); s.Xt1 = TV.EndSum(xt1, s.Xt1); s.Xt2 = TV.EndSum(xt2, s.Xt2); s.Xt3 = TV.EndSum(xt3, s.Xt3);
        s.Xm0 = TV.EndSum(xm0, s.Xm0); s.Xm1 = TV.EndSum(xm1, s.Xm1); s.Xm2 = TV.EndSum(xm2, s.Xm2); s.Xm3 = TV.EndSum(xm3, s.Xm3);
        s.Xw0 = TV.EndSum(xw0, s.Xw0); s.Xw1 = TV.EndSum(xw1, s.Xw1); s.Xw2 = TV.EndSum(xw2, s.Xw2); s.Xw3 = TV.EndSum(xw3, s.Xw3);
        return i;
    }

    /// <summary>Running sums of the basis over the observations: Σf, Σg, Σh, their products and their products with y.</summary>
    private struct BasisSums
    {
        public double F, G, H, FF, FG, FH, GG, GH, HH, YF, YG, YH;
    }

    /// <summary>Running sums of the Jacobian: <c>Dᵀr</c> (R), <c>DᵀD</c> (T, M, W pairs) and <c>XᵀD</c> (X, by column 0–3 of X).</summary>
    private struct JacobianSums
    {
        public double Rt, Rm, Rw, Tt, Tm, Tw, Mm, Mw, Ww;
        public double Xt0, Xt1, Xt2, Xt3, Xm0, Xm1, Xm2, Xm3, Xw0, Xw1, Xw2, Xw3;
    }
}
