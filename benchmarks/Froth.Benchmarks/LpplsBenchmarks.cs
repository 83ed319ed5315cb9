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
