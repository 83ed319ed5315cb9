namespace Froth.Bubbles.Lppls;

/// <summary>
/// The multi-start search of one window: score the candidates, scout from the best, carry the best scouts to
/// convergence, keep the lowest SSE (<see cref="LpplsOptions"/> describes the scheme and its defaults).
/// </summary>
internal static class LpplsSearch
{
    /// <summary>
    /// Runs the search from <paramref name="points"/> (candidates × 3, row-major, as drawn by
    /// <see cref="LpplsSampler"/>) and writes the best (τ, m, ω) to <paramref name="best"/>.
    /// </summary>
    /// <returns>The outcome, or <see langword="null"/> when every finalist failed numerically.</returns>
    public static SearchOutcome? Run(
        LpplsObjective objective, ReadOnlySpan<double> points, LpplsOptions options, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi, Span<double> best)
    {
        // Score every candidate; keep the best `Starts` (ties broken by draw order, so the choice is deterministic).
        // Each runs a few scouting iterations; the best `Finalists` are then carried to convergence.
        var candidates = points.Length / 3;
        var pre = Math.Min(options.Starts, candidates);
        var starts = Math.Min(options.Finalists, pre);
        var small = pre <= 256; // large user-chosen start counts go to the heap, not the thread's stack
        Span<double> bestSse = small ? stackalloc double[pre] : new double[pre];
        Span<int> bestIndex = small ? stackalloc int[pre] : new int[pre];
        bestSse.Fill(double.PositiveInfinity);
        bestIndex.Fill(-1);
        for (var i = 0; i < candidates; i++)
        {
            var sse = objective.Evaluate(points[i * 3], points[(i * 3) + 1], points[(i * 3) + 2]);
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
            Scout(objective, options.ScoutIterations, lo, hi, bestSse, bestIndex, thetas, done);
        }

        var finalistSse = new double[starts];
        var finalistsConverged = 0;
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
            var (sse, converged) = done[s] ? new LocalSearch(bestSse[s], true) : LpplsMinimizer.Minimize(objective, theta, lo, hi, options.MaxIterations);
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

        return double.IsFinite(bestFinal) ? new SearchOutcome(bestFinal, bestConverged, finalistsConverged, finalistSse) : null;
    }

    /// <summary>
    /// Successive halving: a few iterations from every start, then the starts ordered by SSE (a stable
    /// insertion sort, so deterministic), their points and whether they already converged moving with them.
    /// </summary>
    private static void Scout(
        LpplsObjective objective, int iterations, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi, Span<double> bestSse, Span<int> bestIndex, Span<double> thetas, Span<bool> done)
    {
        var pre = bestSse.Length;
        for (var s = 0; s < pre; s++)
        {
            if (bestIndex[s] < 0)
            {
                continue;
            }

            var (sse, converged) = LpplsMinimizer.Minimize(objective, thetas.Slice(s * 3, 3), lo, hi, iterations);
            bestSse[s] = sse;
            done[s] = converged;
        }

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
}
