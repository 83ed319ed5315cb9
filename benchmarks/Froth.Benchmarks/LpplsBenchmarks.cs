using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Froth.Bubbles.Lppls;
using Froth.Data.Sources.Files;
using Froth.Testing;

namespace Froth.Benchmarks;

/// <summary>
/// LPPLS calibration of one window of the Nasdaq 1994–2000 closes ending on the 10 March 2000 peak, by span.
/// Run: <c>dotnet run -c Release --project benchmarks/Froth.Benchmarks -- --filter '*Lppls*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LpplsBenchmarks
{
    private double[] _closes = [];
    private double[] _window = [];

    /// <summary>Span of the single window fitted by <see cref="FitOneWindow"/>, in sessions.</summary>
    [Params(125, 250, 500, 750)]
    public int Span { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _closes = [.. CsvColumnReader.Read(SampleData.Path("reference/nasdaq_dotcom_1994-2000_lppls.csv"), "Close").Values];
        _window = _closes[^(Span + 1)..];
    }

    [Benchmark]
    public LpplsFit FitOneWindow() => Lppls.Fit(_window);
}

/// <summary>
/// All 126 windows (spans 750 down to 125 in steps of 5) of one end date, 10 March 2000, fitted in parallel:
/// the work behind one point of the confidence indicator.
/// </summary>
[MemoryDiagnoser]
public class LpplsOneEndDateBenchmark
{
    private double[] _closes = [];

    [GlobalSetup]
    public void Setup() =>
        _closes = [.. CsvColumnReader.Read(SampleData.Path("reference/nasdaq_dotcom_1994-2000_lppls.csv"), "Close").Values];

    [Benchmark]
    public IReadOnlyList<LpplsFit?> FitAllWindowsOfOneEndDate() => LpplsIndicators.FitWindows(_closes, _closes.Length - 1);
}

/// <summary>
/// A year of daily LPPLS confidence: 252 end dates × 126 windows (31,752 fits) on the Nasdaq closes up to
/// 10 March 2000. Too long for BenchmarkDotNet's statistics; one measured run:
/// <c>dotnet run -c Release --project benchmarks/Froth.Benchmarks -- --filter '*LpplsConfidenceYear*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class LpplsConfidenceYearBenchmark
{
    private double[] _closes = [];

    [GlobalSetup]
    public void Setup() =>
        _closes = [.. CsvColumnReader.Read(SampleData.Path("reference/nasdaq_dotcom_1994-2000_lppls.csv"), "Close").Values];

    [Benchmark]
    public IReadOnlyList<LpplsConfidence?> ConfidenceOf252EndDates() =>
        LpplsIndicators.ConfidenceSeries(_closes, from: _closes.Length - 252, to: _closes.Length - 1);
}

/// <summary>
/// <see cref="LpplsBenchmarks.FitOneWindow"/> with the stack lowered by 16 or 32 bytes first. .NET aligns the
/// stack to 16 bytes only, and the 512-bit <c>Vector512.Log</c>, <c>Exp</c> and <c>SinCos</c> are about twice
/// as slow on this machine when the frames they run in are not 32-byte aligned, so a fit runs at one of two
/// speeds depending on the stack offset of the thread that calls it (docs/benchmarks.md, LPPLS). The two
/// offsets here are 16 bytes apart, so one of them is each speed.
/// </summary>
[MemoryDiagnoser]
public class LpplsStackOffsetBenchmark
{
    private double[] _window = [];

    /// <summary>Span of the window, in sessions.</summary>
    [Params(125, 750)]
    public int Span { get; set; }

    /// <summary>Extra bytes the stack is lowered by before the fit (on top of 16).</summary>
    [Params(0, 16)]
    public int StackOffset { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var closes = CsvColumnReader.Read(SampleData.Path("reference/nasdaq_dotcom_1994-2000_lppls.csv"), "Close").Values;
        _window = [.. closes.Skip(closes.Count - (Span + 1))];
    }

    [Benchmark]
    public LpplsFit FitOneWindowAtStackOffset()
    {
        // A stackalloc of a size unknown to the compiler really moves the stack pointer.
        Span<byte> pad = stackalloc byte[16 + StackOffset];
        pad[0] = 1;
        return FitBelow(_window, pad);
    }

    /// <summary>
    /// CPU time per fit of the four <see cref="LpplsBenchmarks"/> windows at each 16-byte stack offset modulo 64,
    /// on a thread of its own, then of all the windows of one end date on the thread pool. CPU time rather than
    /// wall time, because the machine is shared; the best of three rounds. Run:
    /// <c>dotnet run -c Release -- lppls-cpu</c>.
    /// </summary>
    public static void ReportCpu()
    {
        var closes = CsvColumnReader.Read(SampleData.Path("reference/nasdaq_dotcom_1994-2000_lppls.csv"), "Close").Values.ToArray();
        int[] spans = [125, 250, 500, 750];
        foreach (var span in spans)
        {
            for (var i = 0; i < 100; i++)
            {
                Lppls.Fit(closes[^(span + 1)..]);
            }
        }

        Thread.Sleep(500); // let the background compiler finish the optimised code of the fit

        var lines = new List<string>();
        var thread = new Thread(() => MeasureOffsets(closes, spans, lines), 16 << 20);
        thread.Start();
        thread.Join();
        lines.ForEach(Console.WriteLine);

        LpplsIndicators.FitWindows(closes, closes.Length - 1);
        var process = Process.GetCurrentProcess();
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            LpplsIndicators.FitWindows(closes, closes.Length - 1);
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all 126 windows of one end date, thread pool: {best:F1} ms CPU"));
    }

    // The measuring methods are compiled optimised at once (no tiering), so their frames, and with them the
    // stack offset of the fits, do not change while they run.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MeasureOffsets(double[] closes, int[] spans, List<string> lines)
    {
        for (var offset = 0; offset < 64; offset += 16)
        {
            var perFit = new double[spans.Length];
            for (var s = 0; s < spans.Length; s++)
            {
                perFit[s] = CpuPerFitAt(offset, closes[^(spans[s] + 1)..]);
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"offset {offset,2}: {string.Join("  ", perFit.Select(us => $"{us,7:F1}"))} µs CPU per fit (spans {string.Join(", ", spans)})"));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static LpplsFit FitBelow(double[] window, ReadOnlySpan<byte> pad) => pad[0] == 1 ? Lppls.Fit(window) : throw new InvalidOperationException();

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double CpuPerFitAt(int offset, double[] window)
    {
        Span<byte> pad = stackalloc byte[16 + offset];
        pad[0] = 1;
        return CpuPerFit(window, pad);
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double CpuPerFit(double[] window, ReadOnlySpan<byte> pad)
    {
        var fits = Math.Max(10, 200 * 125 / window.Length);
        var process = Process.GetCurrentProcess();
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var i = 0; i < fits; i++)
            {
                FitBelow(window, pad);
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalMicroseconds / fits);
        }

        return best;
    }
}
