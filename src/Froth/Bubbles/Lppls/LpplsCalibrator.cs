using System.Runtime.Intrinsics;

namespace Froth.Bubbles.Lppls;

/// <summary>
/// Calibrates the LPPLS model on one window at a time. Holds scratch arrays sized for the longest window so
/// that the objective allocates nothing; one instance per thread.
/// </summary>
/// <remarks>
/// <para>The four linear parameters are slaved to (tc, m, ω) as in Filimonov and Sornette (2013): for each
/// triple they solve the 4×4 normal equations of <c>y = A + B·f + C1·g + C2·h</c> (equilibrated Cholesky),
/// leaving a three-parameter nonlinear least-squares problem.</para>
/// <para>That problem is solved by a bounded Levenberg–Marquardt search on the variable-projection residual
/// (Golub and Pereyra 1973) with Kaufman's (1975) Jacobian <c>J = −(I − P)·(∂X/∂θ)·β</c>, whose gradient is
/// exact because the residual is orthogonal to the columns of X. Bounds are handled by projection with an
/// active set: a parameter on a bound whose gradient points outward is held there.</para>
/// <para>Time runs in sessions: in a window of n observations, the i-th is at <c>t = i</c> and
/// <c>tc − t = (n − 1 − i) + τ</c> with <c>τ = tc − t2 &gt; 0</c>.</para>
/// </remarks>
internal sealed class LpplsCalibrator
{
    private const double RelativeTolerance = 1e-10; // an accepted step improving the SSE by less than this fraction ends a search
    private const double MaxLambda = 1e12;          // damping so large that no step along the gradient lowers the SSE: a minimum
    private const double PivotFloor = 1e-13;        // equilibrated Cholesky pivot below which the columns are taken as collinear
    private const double NewtonSwitch = 1e-3;       // Gauss–Newton steps gaining less than this fraction switch to Newton steps
    private const double HessianStep = 1e-6;        // finite-difference step, as a fraction of each parameter's search range
    private const double StepTolerance = 1e-9;      // a step this small relative to the parameters ends a search

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
    private double _mean;

    public LpplsCalibrator(int capacity)
    {
        _y = new double[capacity];
        _k = new double[capacity];
        _logX = new double[capacity];
        _f = new double[capacity];
        _g = new double[capacity];
        _h = new double[capacity];
        _r = new double[capacity];
    }

    /// <summary>Number of iterations and function evaluations spent since creation (for diagnostics and benchmarks).</summary>
    public long Evaluations { get; private set; }

    /// <summary>Loads a window of log prices (finite values; checked by the caller).</summary>
    public void Load(ReadOnlySpan<double> logPrices)
    {
        _n = logPrices.Length;
        var sum = 0.0;
        foreach (var v in logPrices)
        {
            sum += v;
        }

        _mean = sum / _n;
        for (var i = 0; i < _n; i++)
        {
            _y[i] = logPrices[i] - _mean;
            _k[i] = _n - 1 - i;
        }
    }

    /// <summary>
    /// Fits the loaded window, whose first observation is at index <paramref name="start"/> of the caller's
    /// series. Returns <see langword="null"/> when every candidate and start failed numerically.
    /// </summary>
    public LpplsFit? Fit(int start, LpplsOptions options, bool keepResiduals)
    {
        var n = _n;
        var bounds = options.Bounds;
        Span<double> lo = [bounds.MinTcAfterEnd, bounds.MinM, bounds.MinOmega];
        Span<double> hi = [bounds.MaxTcAfterEnd(n - 1), bounds.MaxM, bounds.MaxOmega];

        // Latin-hypercube candidates; the draws depend on the seed and the window length only.
        var rng = SplitMix64.Derive(options.Seed, n);
        var candidates = Math.Max(options.Candidates, options.Starts);
        Span<double> points = candidates <= 256 ? stackalloc double[candidates * 3] : new double[candidates * 3];
        Span<int> permutation = candidates <= 256 ? stackalloc int[candidates] : new int[candidates];
        for (var d = 0; d < 3; d++)
        {
            for (var i = 0; i < candidates; i++)
            {
                permutation[i] = i;
            }

            for (var i = candidates - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
            }

            for (var i = 0; i < candidates; i++)
            {
                var u = (permutation[i] + rng.NextDouble()) / candidates;
                points[(i * 3) + d] = lo[d] + (u * (hi[d] - lo[d]));
            }
        }

        // Score every candidate; keep the best `Starts` (ties broken by draw order, so the choice is deterministic).
        // Each runs a few scouting iterations; the best `Finalists` are then carried to convergence.
        var pre = Math.Min(options.Starts, candidates);
        var starts = Math.Min(options.Finalists, pre);
        var small = pre <= 256; // large user-chosen start counts go to the heap, not the thread's stack
        Span<double> bestSse = small ? stackalloc double[pre] : new double[pre];
        Span<int> bestIndex = small ? stackalloc int[pre] : new int[pre];
        bestSse.Fill(double.PositiveInfinity);
        bestIndex.Fill(-1);
        for (var i = 0; i < candidates; i++)
        {
            var sse = Evaluate(points[i * 3], points[(i * 3) + 1], points[(i * 3) + 2]);
            if (!(sse < bestSse[pre - 1]))
            {
                continue;
            }

            var k = pre - 1;
            while (k > 0 && sse < bestSse[k - 1])
            {
                bestSse[k] = bestSse[k - 1];
                bestIndex[k] = bestIndex[k - 1];
                k--;
            }

            bestSse[k] = sse;
            bestIndex[k] = i;
        }

        Span<double> thetas = small ? stackalloc double[pre * 3] : new double[pre * 3];
        Span<bool> done = small ? stackalloc bool[pre] : new bool[pre];
        for (var s = 0; s < pre; s++)
        {
            if (bestIndex[s] >= 0)
            {
                points.Slice(bestIndex[s] * 3, 3).CopyTo(thetas.Slice(s * 3, 3));
            }
        }

        if (pre > starts)
        {
            // Successive halving: a few iterations from every start, then only the best go on.
            for (var s = 0; s < pre; s++)
            {
                if (bestIndex[s] < 0)
                {
                    continue;
                }

                var (sse, converged) = Minimize(thetas.Slice(s * 3, 3), lo, hi, options.ScoutIterations);
                bestSse[s] = sse;
                done[s] = converged;
            }

            // Order the pre-starts by SSE (insertion sort; stable, so deterministic).
            for (var a = 1; a < pre; a++)
            {
                var j = a;
                while (j > 0 && bestSse[j] < bestSse[j - 1])
                {
                    (bestSse[j], bestSse[j - 1]) = (bestSse[j - 1], bestSse[j]);
                    (bestIndex[j], bestIndex[j - 1]) = (bestIndex[j - 1], bestIndex[j]);
                    (done[j], done[j - 1]) = (done[j - 1], done[j]);
                    for (var d = 0; d < 3; d++)
                    {
                        (thetas[(j * 3) + d], thetas[((j - 1) * 3) + d]) = (thetas[((j - 1) * 3) + d], thetas[(j * 3) + d]);
                    }

                    j--;
                }
            }
        }

        var finalistSse = new double[starts];
        var finalistsConverged = 0;
        Span<double> best = stackalloc double[3];
        var bestFinal = double.PositiveInfinity;
        var bestConverged = false;
        for (var s = 0; s < starts; s++)
        {
            if (bestIndex[s] < 0 || !double.IsFinite(bestSse[s]))
            {
                finalistSse[s] = double.PositiveInfinity;
                continue;
            }

            var theta = thetas.Slice(s * 3, 3);
            var (sse, converged) = done[s] ? (bestSse[s], true) : Minimize(theta, lo, hi, options.MaxIterations);
            finalistSse[s] = sse;
            if (converged)
            {
                finalistsConverged++;
            }

            if (sse < bestFinal)
            {
                bestFinal = sse;
                bestConverged = converged;
                theta.CopyTo(best);
            }
        }

        if (!double.IsFinite(bestFinal))
        {
            return null;
        }

        var finalSse = Evaluate(best[0], best[1], best[2]);
        var residuals = keepResiduals ? new double[n] : [];
        var relativeError = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (keepResiduals)
            {
                residuals[i] = _r[i];
            }

            relativeError += Math.Abs(Math.Exp(_r[i]) - 1);
        }

        relativeError /= n;
        var end = start + n - 1;
        var model = new LpplsModel(end + best[0], best[1], best[2], _beta[0] + _mean, _beta[1], _beta[2], _beta[3]);
        var atBound = new List<string>(3);
        ReadOnlySpan<string> names = ["tc", "m", "omega"];
        for (var k = 0; k < 3; k++)
        {
            if (best[k] <= lo[k] || best[k] >= hi[k])
            {
                atBound.Add(names[k]);
            }
        }

        return new LpplsFit(model, start, end, finalSse, residuals, relativeError, bestConverged, finalistsConverged, finalistSse)
        {
            AtSearchBound = atBound,
        };
    }

    /// <summary>
    /// Residual sum of squares at (τ, m, ω) with the linear parameters solved; fills the scratch arrays,
    /// <see cref="_beta"/> and <see cref="_r"/>. Positive infinity when the normal equations are singular.
    /// </summary>
    internal double Evaluate(double tau, double m, double omega)
    {
        Evaluations++;
        var n = _n;
        var y = _y.AsSpan(0, n);
        var k = _k.AsSpan(0, n);
        var logX = _logX.AsSpan(0, n);
        var fs = _f.AsSpan(0, n);
        var gs = _g.AsSpan(0, n);
        var hs = _h.AsSpan(0, n);

        // Eight or four observations at a time: the logarithm, power and sine/cosine dominate the cost.
        var i = 0;
        double sf = 0, sg = 0, sh = 0, sff = 0, sfg = 0, sfh = 0, sgg = 0, sgh = 0, shh = 0, syf = 0, syg = 0, syh = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var wTau = Vector512.Create(tau);
            var wM = Vector512.Create(m);
            var wOmega = Vector512.Create(omega);
            Vector512<double> wf = default, wg = default, wh = default, wff = default, wfg = default, wfh = default;
            Vector512<double> wgg = default, wgh = default, whh = default, wyf = default, wyg = default, wyh = default;
            for (; i <= n - 8; i += 8)
            {
                var ln = Vector512.Log(Vector512.Create<double>(k[i..]) + wTau);
                var f = Vector512.Exp(wM * ln);
                var (sin, cos) = Vector512.SinCos(wOmega * ln);
                var g = f * cos;
                var h = f * sin;
                ln.CopyTo(logX[i..]);
                f.CopyTo(fs[i..]);
                g.CopyTo(gs[i..]);
                h.CopyTo(hs[i..]);
                var yi = Vector512.Create<double>(y[i..]);
                wf += f;
                wg += g;
                wh += h;
                wff += f * f;
                wfg += f * g;
                wfh += f * h;
                wgg += g * g;
                wgh += g * h;
                whh += h * h;
                wyf += yi * f;
                wyg += yi * g;
                wyh += yi * h;
            }

            sf = Vector512.Sum(wf); sg = Vector512.Sum(wg); sh = Vector512.Sum(wh);
            sff = Vector512.Sum(wff); sfg = Vector512.Sum(wfg); sfh = Vector512.Sum(wfh);
            sgg = Vector512.Sum(wgg); sgh = Vector512.Sum(wgh); shh = Vector512.Sum(whh);
            syf = Vector512.Sum(wyf); syg = Vector512.Sum(wyg); syh = Vector512.Sum(wyh);
        }

        var vTau = Vector256.Create(tau);
        var vM = Vector256.Create(m);
        var vOmega = Vector256.Create(omega);
        Vector256<double> vf = default, vg = default, vh = default, vff = default, vfg = default, vfh = default;
        Vector256<double> vgg = default, vgh = default, vhh = default, vyf = default, vyg = default, vyh = default;
        for (; i <= n - 4; i += 4)
        {
            var ln = Vector256.Log(Vector256.Create<double>(k[i..]) + vTau);
            var f = Vector256.Exp(vM * ln);
            var (sin, cos) = Vector256.SinCos(vOmega * ln);
            var g = f * cos;
            var h = f * sin;
            ln.CopyTo(logX[i..]);
            f.CopyTo(fs[i..]);
            g.CopyTo(gs[i..]);
            h.CopyTo(hs[i..]);
            var yi = Vector256.Create<double>(y[i..]);
            vf += f;
            vg += g;
            vh += h;
            vff += f * f;
            vfg += f * g;
            vfh += f * h;
            vgg += g * g;
            vgh += g * h;
            vhh += h * h;
            vyf += yi * f;
            vyg += yi * g;
            vyh += yi * h;
        }

        sf += Vector256.Sum(vf); sg += Vector256.Sum(vg); sh += Vector256.Sum(vh);
        sff += Vector256.Sum(vff); sfg += Vector256.Sum(vfg); sfh += Vector256.Sum(vfh);
        sgg += Vector256.Sum(vgg); sgh += Vector256.Sum(vgh); shh += Vector256.Sum(vhh);
        syf += Vector256.Sum(vyf); syg += Vector256.Sum(vyg); syh += Vector256.Sum(vyh);
        for (; i < n; i++)
        {
            var ln = Math.Log(k[i] + tau);
            var f = Math.Exp(m * ln);
            var (sin, cos) = Math.SinCos(omega * ln);
            var g = f * cos;
            var h = f * sin;
            logX[i] = ln;
            fs[i] = f;
            gs[i] = g;
            hs[i] = h;
            var yi = y[i];
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

        var a = _normal;
        a[0] = n; a[1] = sf; a[2] = sg; a[3] = sh;
        a[4] = sf; a[5] = sff; a[6] = sfg; a[7] = sfh;
        a[8] = sg; a[9] = sfg; a[10] = sgg; a[11] = sgh;
        a[12] = sh; a[13] = sfh; a[14] = sgh; a[15] = shh;
        if (!Factor())
        {
            return double.PositiveInfinity;
        }

        var beta = _beta.AsSpan();
        beta[0] = 0; // the log prices are centred
        beta[1] = syf;
        beta[2] = syg;
        beta[3] = syh;
        Solve(beta);
        double b0 = beta[0], b1 = beta[1], b2 = beta[2], b3 = beta[3];
        var r = _r.AsSpan(0, n);
        var vb0 = Vector256.Create(b0);
        var vb1 = Vector256.Create(b1);
        var vb2 = Vector256.Create(b2);
        var vb3 = Vector256.Create(b3);
        var vsse = Vector256<double>.Zero;
        i = 0;
        for (; i <= n - 4; i += 4)
        {
            var e = Vector256.Create<double>(y[i..]) - vb0 - (vb1 * Vector256.Create<double>(fs[i..])) - (vb2 * Vector256.Create<double>(gs[i..])) - (vb3 * Vector256.Create<double>(hs[i..]));
            e.CopyTo(r[i..]);
            vsse += e * e;
        }

        var sse = Vector256.Sum(vsse);
        for (; i < n; i++)
        {
            var e = y[i] - b0 - (b1 * fs[i]) - (b2 * gs[i]) - (b3 * hs[i]);
            r[i] = e;
            sse += e * e;
        }

        return double.IsFinite(sse) ? sse : double.PositiveInfinity;
    }

    /// <summary>
    /// Bounded Levenberg–Marquardt from <paramref name="theta"/> (updated in place); returns the final SSE and
    /// whether it converged. Once Gauss–Newton steps stall (each gains less than 0.1%, the linear convergence
    /// of a large-residual problem), the model Hessian becomes a finite-difference Hessian of the exact
    /// gradient, so the search ends in a few Newton steps instead of crawling along a sloppy valley.
    /// </summary>
    private (double Sse, bool Converged) Minimize(Span<double> theta, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi, int maxIterations)
    {
        var sse = Evaluate(theta[0], theta[1], theta[2]);
        if (!double.IsFinite(sse))
        {
            return (double.PositiveInfinity, false);
        }

        Span<double> jtj = stackalloc double[9];
        Span<double> grad = stackalloc double[3];
        Span<double> hessian = stackalloc double[9];
        Span<double> jtjProbe = stackalloc double[9];
        Span<double> gradProbe = stackalloc double[3];
        Span<double> system = stackalloc double[9];
        Span<double> rhs = stackalloc double[3];
        Span<double> trial = stackalloc double[3];
        Span<int> free = stackalloc int[3];
        var lambda = 1e-3;
        var newton = false;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (sse <= 0)
            {
                return (sse, true);
            }

            Jacobian(theta[0], theta[1], theta[2], jtj, grad);
            var nFree = 0;
            for (var k = 0; k < 3; k++)
            {
                var pinnedLow = theta[k] <= lo[k] && grad[k] < 0;
                var pinnedHigh = theta[k] >= hi[k] && grad[k] > 0;
                if (!pinnedLow && !pinnedHigh && jtj[(k * 3) + k] > 0)
                {
                    free[nFree++] = k;
                }
            }

            if (nFree == 0)
            {
                return (sse, true);
            }

            jtj.CopyTo(hessian);
            if (newton)
            {
                // Hessian of SSE/2 by forward differences of the exact gradient −Dᵀr, free parameters only.
                for (var a = 0; a < nFree; a++)
                {
                    var k = free[a];
                    var step = HessianStep * (hi[k] - lo[k]);
                    if (theta[k] + step > hi[k])
                    {
                        step = -step;
                    }

                    theta.CopyTo(trial);
                    trial[k] += step;
                    if (!double.IsFinite(Evaluate(trial[0], trial[1], trial[2])))
                    {
                        jtj.CopyTo(hessian);
                        break;
                    }

                    Jacobian(trial[0], trial[1], trial[2], jtjProbe, gradProbe);
                    for (var b = 0; b < nFree; b++)
                    {
                        hessian[(free[b] * 3) + k] = -(gradProbe[free[b]] - grad[free[b]]) / step;
                    }
                }

                for (var a = 0; a < nFree; a++)
                {
                    for (var b = a + 1; b < nFree; b++)
                    {
                        var mean = 0.5 * (hessian[(free[a] * 3) + free[b]] + hessian[(free[b] * 3) + free[a]]);
                        hessian[(free[a] * 3) + free[b]] = mean;
                        hessian[(free[b] * 3) + free[a]] = mean;
                    }
                }
            }

            while (true)
            {
                for (var a = 0; a < nFree; a++)
                {
                    for (var b = 0; b < nFree; b++)
                    {
                        system[(a * nFree) + b] = hessian[(free[a] * 3) + free[b]];
                    }

                    system[(a * nFree) + a] += lambda * jtj[(free[a] * 3) + free[a]];
                    rhs[a] = grad[free[a]];
                }

                var moved = false;
                var significant = false;
                var descent = 0.0;
                theta.CopyTo(trial);
                if (SolveSmall(system, rhs, nFree))
                {
                    for (var a = 0; a < nFree; a++)
                    {
                        var k = free[a];
                        descent += rhs[a] * grad[k];
                        trial[k] = Math.Clamp(theta[k] + rhs[a], lo[k], hi[k]);
                        moved |= trial[k] != theta[k];
                        significant |= Math.Abs(trial[k] - theta[k]) > StepTolerance * (Math.Abs(theta[k]) + StepTolerance);
                    }
                }

                if (moved && !significant && descent > 0)
                {
                    // The step no longer changes the parameters to any meaningful precision: a minimum.
                    return (sse, true);
                }

                // A step that is not a descent direction (an indefinite Newton model) is refused unevaluated.
                var trialSse = moved && descent > 0 ? Evaluate(trial[0], trial[1], trial[2]) : double.PositiveInfinity;
                if (trialSse < sse)
                {
                    var improvement = (sse - trialSse) / sse;
                    trial.CopyTo(theta);
                    sse = trialSse;
                    lambda = Math.Max(lambda / 3, 1e-9);
                    if (improvement < RelativeTolerance)
                    {
                        return (sse, true);
                    }

                    if (!newton && improvement < NewtonSwitch)
                    {
                        newton = true;
                        lambda = 1e-6;
                    }

                    break;
                }

                lambda = Math.Max(lambda * 4, 1e-6);
                if (lambda > MaxLambda)
                {
                    return (sse, true);
                }
            }
        }

        return (sse, false);
    }

    /// <summary>
    /// Gauss–Newton pieces at the point last passed to <see cref="Evaluate"/>: <c>JᵀJ</c> (3×3) and
    /// <c>Dᵀr</c>, the descent direction (minus half the gradient of the SSE), for θ = (τ, m, ω).
    /// </summary>
    private void Jacobian(double tau, double m, double omega, Span<double> jtj, Span<double> grad)
    {
        var n = _n;
        double bb = _beta[1], c1 = _beta[2], c2 = _beta[3];
        var logX = _logX.AsSpan(0, n);
        var fs = _f.AsSpan(0, n);
        var gs = _g.AsSpan(0, n);
        var hs = _h.AsSpan(0, n);
        var r = _r.AsSpan(0, n);

        // d_k = (∂X/∂θ_k)·β: ∂/∂m multiplies f, g, h by ln x; ∂/∂ω maps (g, h) to (−L·h, L·g); ∂/∂τ is (m·u + ω·v)/x.
        var k = _k.AsSpan(0, n);
        var vB = Vector256.Create(bb);
        var vC1 = Vector256.Create(c1);
        var vC2 = Vector256.Create(c2);
        var vM = Vector256.Create(m);
        var vOmega = Vector256.Create(omega);
        var vTau = Vector256.Create(tau);
        Vector256<double> vrt = default, vrm = default, vrw = default;
        Vector256<double> vtt = default, vtm = default, vtw = default, vmm = default, vmw = default, vww = default;
        Vector256<double> vxt0 = default, vxt1 = default, vxt2 = default, vxt3 = default;
        Vector256<double> vxm0 = default, vxm1 = default, vxm2 = default, vxm3 = default;
        Vector256<double> vxw0 = default, vxw1 = default, vxw2 = default, vxw3 = default;
        var i = 0;
        for (; i <= n - 4; i += 4)
        {
            var f = Vector256.Create<double>(fs[i..]);
            var g = Vector256.Create<double>(gs[i..]);
            var h = Vector256.Create<double>(hs[i..]);
            var ln = Vector256.Create<double>(logX[i..]);
            var u = (vB * f) + (vC1 * g) + (vC2 * h);
            var v = (vC2 * g) - (vC1 * h);
            var dm = ln * u;
            var dw = ln * v;
            var dt = ((vM * u) + (vOmega * v)) / (Vector256.Create<double>(k[i..]) + vTau);
            var ri = Vector256.Create<double>(r[i..]);
            vrt += dt * ri;
            vrm += dm * ri;
            vrw += dw * ri;
            vtt += dt * dt;
            vtm += dt * dm;
            vtw += dt * dw;
            vmm += dm * dm;
            vmw += dm * dw;
            vww += dw * dw;
            vxt0 += dt; vxt1 += dt * f; vxt2 += dt * g; vxt3 += dt * h;
            vxm0 += dm; vxm1 += dm * f; vxm2 += dm * g; vxm3 += dm * h;
            vxw0 += dw; vxw1 += dw * f; vxw2 += dw * g; vxw3 += dw * h;
        }

        double rt = Vector256.Sum(vrt), rm = Vector256.Sum(vrm), rw = Vector256.Sum(vrw);
        double tt = Vector256.Sum(vtt), tm = Vector256.Sum(vtm), tw = Vector256.Sum(vtw);
        double mm = Vector256.Sum(vmm), mw = Vector256.Sum(vmw), ww = Vector256.Sum(vww);
        double xt0 = Vector256.Sum(vxt0), xt1 = Vector256.Sum(vxt1), xt2 = Vector256.Sum(vxt2), xt3 = Vector256.Sum(vxt3);
        double xm0 = Vector256.Sum(vxm0), xm1 = Vector256.Sum(vxm1), xm2 = Vector256.Sum(vxm2), xm3 = Vector256.Sum(vxm3);
        double xw0 = Vector256.Sum(vxw0), xw1 = Vector256.Sum(vxw1), xw2 = Vector256.Sum(vxw2), xw3 = Vector256.Sum(vxw3);
        for (; i < n; i++)
        {
            double f = fs[i], g = gs[i], h = hs[i], ln = logX[i];
            var u = (bb * f) + (c1 * g) + (c2 * h);
            var v = (c2 * g) - (c1 * h);
            var dm = ln * u;
            var dw = ln * v;
            var dt = ((m * u) + (omega * v)) / (k[i] + tau);
            var ri = r[i];
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

        // JᵀJ = DᵀD − (XᵀD)ᵀ (XᵀX)⁻¹ (XᵀD): the part of each d_k the linear parameters cannot absorb.
        Span<double> xd = [xt0, xt1, xt2, xt3, xm0, xm1, xm2, xm3, xw0, xw1, xw2, xw3];
        Span<double> w = stackalloc double[12];
        xd.CopyTo(w);
        Solve(w[..4]);
        Solve(w.Slice(4, 4));
        Solve(w.Slice(8, 4));
        Span<double> dd = [tt, tm, tw, tm, mm, mw, tw, mw, ww];
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

        grad[0] = rt;
        grad[1] = rm;
        grad[2] = rw;
    }

    /// <summary>Equilibrates and Cholesky-factors <see cref="_normal"/> in place; false when it is not numerically positive definite.</summary>
    private bool Factor()
    {
        var a = _normal;
        var d = _scale;
        for (var j = 0; j < 4; j++)
        {
            var diag = a[(j * 4) + j];
            if (!(diag > 0) || !double.IsFinite(diag))
            {
                return false;
            }

            d[j] = 1 / Math.Sqrt(diag);
        }

        for (var j = 0; j < 4; j++)
        {
            for (var k = 0; k < 4; k++)
            {
                a[(j * 4) + k] *= d[j] * d[k];
            }
        }

        for (var j = 0; j < 4; j++)
        {
            var sum = a[(j * 4) + j];
            for (var p = 0; p < j; p++)
            {
                sum -= a[(j * 4) + p] * a[(j * 4) + p];
            }

            if (!(sum > PivotFloor))
            {
                return false;
            }

            var pivot = Math.Sqrt(sum);
            a[(j * 4) + j] = pivot;
            for (var i = j + 1; i < 4; i++)
            {
                var s = a[(i * 4) + j];
                for (var p = 0; p < j; p++)
                {
                    s -= a[(i * 4) + p] * a[(j * 4) + p];
                }

                a[(i * 4) + j] = s / pivot;
            }
        }

        return true;
    }

    /// <summary>Replaces <paramref name="b"/> (4 values) by <c>(XᵀX)⁻¹·b</c> using the last factorisation.</summary>
    private void Solve(Span<double> b)
    {
        var a = _normal;
        var d = _scale;
        for (var j = 0; j < 4; j++)
        {
            b[j] *= d[j];
        }

        for (var i = 0; i < 4; i++)
        {
            var s = b[i];
            for (var p = 0; p < i; p++)
            {
                s -= a[(i * 4) + p] * b[p];
            }

            b[i] = s / a[(i * 4) + i];
        }

        for (var i = 3; i >= 0; i--)
        {
            var s = b[i];
            for (var p = i + 1; p < 4; p++)
            {
                s -= a[(p * 4) + i] * b[p];
            }

            b[i] = s / a[(i * 4) + i];
        }

        for (var j = 0; j < 4; j++)
        {
            b[j] *= d[j];
        }
    }

    /// <summary>Solves the k×k system (k ≤ 3, row-major) in place by Gaussian elimination with partial pivoting.</summary>
    private static bool SolveSmall(Span<double> a, Span<double> b, int k)
    {
        for (var c = 0; c < k; c++)
        {
            var pivotRow = c;
            for (var r = c + 1; r < k; r++)
            {
                if (Math.Abs(a[(r * k) + c]) > Math.Abs(a[(pivotRow * k) + c]))
                {
                    pivotRow = r;
                }
            }

            if (!(Math.Abs(a[(pivotRow * k) + c]) > 0))
            {
                return false;
            }

            if (pivotRow != c)
            {
                for (var j = 0; j < k; j++)
                {
                    (a[(c * k) + j], a[(pivotRow * k) + j]) = (a[(pivotRow * k) + j], a[(c * k) + j]);
                }

                (b[c], b[pivotRow]) = (b[pivotRow], b[c]);
            }

            for (var r = c + 1; r < k; r++)
            {
                var factor = a[(r * k) + c] / a[(c * k) + c];
                for (var j = c; j < k; j++)
                {
                    a[(r * k) + j] -= factor * a[(c * k) + j];
                }

                b[r] -= factor * b[c];
            }
        }

        for (var r = k - 1; r >= 0; r--)
        {
            var s = b[r];
            for (var j = r + 1; j < k; j++)
            {
                s -= a[(r * k) + j] * b[j];
            }

            b[r] = s / a[(r * k) + r];
        }

        for (var r = 0; r < k; r++)
        {
            if (!double.IsFinite(b[r]))
            {
                return false;
            }
        }

        return true;
    }
}
