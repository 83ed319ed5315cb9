namespace Froth.Bubbles.Lppls;

/// <summary>
/// The dense solves of the LPPLS calibration, on row-major spans: an equilibrated Cholesky factorisation of
/// the 4×4 normal equations of the linear parameters, and Gaussian elimination for the ≤ 3×3 damped steps.
/// </summary>
internal static class SmallLinearAlgebra
{
    /// <summary>Equilibrated Cholesky pivot below which the columns are taken as collinear.</summary>
    public const double PivotFloor = 1e-13;

    /// <summary>
    /// Factors the symmetric k×k matrix <paramref name="a"/> (k = <paramref name="scale"/>.Length) in place as
    /// <c>D·A·D = L·Lᵀ</c> with <c>D = diag(1/√a_jj)</c>: <paramref name="scale"/> receives D and the lower
    /// triangle of <paramref name="a"/> receives L (the strict upper triangle is left scaled but unused).
    /// </summary>
    /// <returns>False when a diagonal entry is not positive and finite or a pivot of the equilibrated matrix is
    /// at most <see cref="PivotFloor"/>: the matrix is not numerically positive definite.</returns>
    public static bool FactorEquilibrated(Span<double> a, Span<double> scale)
    {
        var k = scale.Length;
        for (var j = 0; j < k; j++)
        {
            var diag = a[(j * k) + j];
            if (!(diag > 0) || !double.IsFinite(diag))
            {
                return false;
            }

            scale[j] = 1 / Math.Sqrt(diag);
        }

        for (var j = 0; j < k; j++)
        {
            for (var c = 0; c < k; c++)
            {
                a[(j * k) + c] *= scale[j] * scale[c];
            }
        }

        for (var j = 0; j < k; j++)
        {
            var sum = a[(j * k) + j];
            for (var p = 0; p < j; p++)
            {
                sum -= a[(j * k) + p] * a[(j * k) + p];
            }

            if (!(sum > PivotFloor))
            {
                return false;
            }

            var pivot = Math.Sqrt(sum);
            a[(j * k) + j] = pivot;
            for (var i = j + 1; i < k; i++)
            {
                var s = a[(i * k) + j];
                for (var p = 0; p < j; p++)
                {
                    s -= a[(i * k) + p] * a[(j * k) + p];
                }

                a[(i * k) + j] = s / pivot;
            }
        }

        return true;
    }

    /// <summary>
    /// Replaces <paramref name="b"/> by <c>A⁻¹·b</c>, given the factors <paramref name="factor"/> and
    /// <paramref name="scale"/> of a successful <see cref="FactorEquilibrated"/>.
    /// </summary>
    public static void SolveEquilibrated(ReadOnlySpan<double> factor, ReadOnlySpan<double> scale, Span<double> b)
    {
        var k = scale.Length;
        for (var j = 0; j < k; j++)
        {
            b[j] *= scale[j];
        }

        for (var i = 0; i < k; i++)
        {
            var s = b[i];
            for (var p = 0; p < i; p++)
            {
                s -= factor[(i * k) + p] * b[p];
            }

            b[i] = s / factor[(i * k) + i];
        }

        for (var i = k - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var p = i + 1; p < k; p++)
            {
                s -= factor[(p * k) + i] * b[p];
            }

            b[i] = s / factor[(i * k) + i];
        }

        for (var j = 0; j < k; j++)
        {
            b[j] *= scale[j];
        }
    }

    /// <summary>
    /// Solves the k×k system <paramref name="a"/>·x = <paramref name="b"/> (row-major; <paramref name="a"/> is
    /// overwritten, <paramref name="b"/> receives x) by Gaussian elimination with partial pivoting.
    /// </summary>
    /// <returns>False when a pivot is zero or the solution is not finite.</returns>
    public static bool SolveGaussian(Span<double> a, Span<double> b, int k)
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
