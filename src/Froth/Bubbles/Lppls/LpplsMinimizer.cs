namespace Froth.Bubbles.Lppls;

/// <summary>
/// Bounded Levenberg–Marquardt on the variable-projection objective of one window, from one start.
/// </summary>
/// <remarks>
/// Bounds are handled by projection with an active set: a parameter on a bound whose gradient points outward
/// is held there. Once Gauss–Newton steps stall (each gains less than <see cref="NewtonSwitch"/>, the linear
/// convergence of a large-residual problem), the model Hessian becomes a finite-difference Hessian of the exact
/// gradient, so the search ends in a few Newton steps instead of crawling along a sloppy valley.
/// </remarks>
internal static class LpplsMinimizer
{
    private const double RelativeTolerance = 1e-10; // an accepted step improving the SSE by less than this fraction ends a search
    private const double MaxLambda = 1e12;          // damping so large that no step along the gradient lowers the SSE: a minimum
    private const double NewtonSwitch = 1e-3;       // Gauss–Newton steps gaining less than this fraction switch to Newton steps
    private const double HessianStep = 1e-6;        // finite-difference step, as a fraction of each parameter's search range
    private const double StepTolerance = 1e-9;      // a step this small relative to the parameters ends a search

    /// <summary>
    /// Searches from <paramref name="theta"/> = (τ, m, ω), updated in place, within
    /// [<paramref name="lo"/>, <paramref name="hi"/>], for at most <paramref name="maxIterations"/> iterations.
    /// </summary>
    /// <returns>The SSE at the final <paramref name="theta"/> and whether the search met a convergence test;
    /// an infinite SSE when the objective fails at the start.</returns>
    public static LocalSearch Minimize(LpplsObjective objective, Span<double> theta, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi, int maxIterations)
    {
        var sse = objective.Evaluate(theta[0], theta[1], theta[2]);
        if (!double.IsFinite(sse))
        {
            return new(double.PositiveInfinity, false);
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
                return new(sse, true);
            }

            objective.Jacobian(theta[0], theta[1], theta[2], jtj, grad);
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
                return new(sse, true);
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
                    if (!double.IsFinite(objective.Evaluate(trial[0], trial[1], trial[2])))
                    {
                        jtj.CopyTo(hessian);
                        break;
                    }

                    objective.Jacobian(trial[0], trial[1], trial[2], jtjProbe, gradProbe);
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
                if (SmallLinearAlgebra.SolveGaussian(system, rhs, nFree))
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
                    return new(sse, true);
                }

                // A step that is not a descent direction (an indefinite Newton model) is refused unevaluated.
                var trialSse = moved && descent > 0 ? objective.Evaluate(trial[0], trial[1], trial[2]) : double.PositiveInfinity;
                if (trialSse < sse)
                {
                    var improvement = (sse - trialSse) / sse;
                    trial.CopyTo(theta);
                    sse = trialSse;
                    lambda = Math.Max(lambda / 3, 1e-9);
                    if (improvement < RelativeTolerance)
                    {
                        return new(sse, true);
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
                    return new(sse, true);
                }
            }
        }

        return new(sse, false);
    }
}
