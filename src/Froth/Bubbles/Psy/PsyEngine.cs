namespace Froth.Bubbles.Psy;

/// <summary>
/// Computes the BADF and BSADF sequences of a series for one <see cref="PsyDesign"/>, reusing its buffers across
/// calls (one engine per thread in Monte Carlo loops).
/// </summary>
internal sealed class PsyEngine
{
    private const int EndsPerChunk = 64;

    private readonly PsyDesign _design;
    private readonly double[] _x;
    private readonly double[] _d;
    private readonly double[] _z;
    private readonly CountTables _tables;
    private readonly LagKernel? _kernel;

    /// <summary>Buffers for <paramref name="design"/>.</summary>
    public PsyEngine(PsyDesign design)
    {
        _design = design;
        var rows = design.Rows;
        if (design.MaxLag == 0)
        {
            _x = new double[rows];
            _d = new double[rows];
            _z = [];
        }
        else
        {
            _x = [];
            _d = [];
            _z = new double[rows * design.Width];
            _kernel = new LagKernel(design.MaxLag, design.Criterion);
        }

        _tables = new CountTables(rows, 2);
    }

    /// <summary>The design.</summary>
    public PsyDesign Design => _design;

    /// <summary>
    /// Fills <paramref name="badf"/> and <paramref name="bsadf"/> (length <see cref="PsyDesign.Statistics"/>; index 0 is
    /// observation <see cref="PsyDesign.FirstIndex"/>) for the levels <paramref name="y"/>; NaN where undefined.
    /// </summary>
    public void Compute(ReadOnlySpan<double> y, double[] badf, double[] bsadf, int parallelism)
    {
        Load(y);
        var m = _design.MinRows;
        var first = m - 1;
        var last = _design.Rows;
        var chunks = ((last - first) + EndsPerChunk - 1) / EndsPerChunk;
        if (parallelism <= 1 || chunks < 2)
        {
            RunRange(first, last, badf, bsadf, _kernel);
            return;
        }

        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => _kernel is null ? null : new LagKernel(_design.MaxLag, _design.Criterion),
            (chunk, _, kernel) =>
            {
                var from = first + (chunk * EndsPerChunk);
                RunRange(from, Math.Min(last, from + EndsPerChunk), badf, bsadf, kernel);
                return kernel;
            },
            _ => { });
    }

    /// <summary>The regression of the whole sample (the ADF statistic and, with a criterion, its lag).</summary>
    public WindowFit FullSample(ReadOnlySpan<double> y)
    {
        Load(y);
        var kernel = new LagKernel(_design.MaxLag, _design.Criterion);
        var width = _design.Width;
        Span<double> row = stackalloc double[2];
        for (var a = _design.Rows - 1; a >= 0; a--)
        {
            if (_design.MaxLag == 0)
            {
                row[0] = _x[a];
                row[1] = _d[a];
                kernel.Add(row);
            }
            else
            {
                kernel.Add(_z.AsSpan(a * width, width));
            }
        }

        return kernel.Evaluate();
    }

    private void RunRange(int from, int to, double[] badf, double[] bsadf, LagKernel? kernel)
    {
        if (kernel is null)
        {
            Lag0Kernel.Run(_x, _d, _design.MinRows, from, to, _tables, badf, bsadf);
        }
        else
        {
            kernel.Run(_z, _design.MinRows, from, to, badf, bsadf);
        }
    }

    private void Load(ReadOnlySpan<double> y)
    {
        var k = _design.MaxLag;
        var rows = _design.Rows;
        if (k == 0)
        {
            for (var i = 0; i < rows; i++)
            {
                _x[i] = y[i];
                _d[i] = y[i + 1] - y[i];
            }

            return;
        }

        var width = _design.Width;
        for (var i = 0; i < rows; i++)
        {
            var t = i + k + 1;
            var offset = i * width;
            for (var j = 0; j < k; j++)
            {
                _z[offset + j] = y[t - 1 - j] - y[t - 2 - j];
            }

            _z[offset + k] = y[t - 1];
            _z[offset + k + 1] = y[t] - y[t - 1];
        }
    }
}
