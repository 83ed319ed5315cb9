using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Froth.Baskets;
using Froth.Rally;
using Froth.Series;

namespace Froth.Benchmarks;

/// <summary>
/// Every rally fact (<see cref="RallyFacts.Compute"/> with a benchmark: returns, relative performance, daily,
/// weekly and monthly streaks, records, drawdown, volume) of many instruments as of their last session.
/// Target (issue 3): 5,000 instruments × 2,500 sessions in under 5 seconds.
/// Run: <c>dotnet Froth.Benchmarks.dll --filter '*RallyFactsBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class RallyFactsBenchmarks
{
    private DailyBar[][] _instruments = [];
    private DailyBar[] _benchmark = [];

    /// <summary>Number of instruments, each with <see cref="Sessions"/> sessions.</summary>
    [Params(500, 5000)]
    public int Instruments { get; set; }

    /// <summary>Sessions per instrument (2,500 ≈ 10 years).</summary>
    [Params(2500)]
    public int Sessions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _instruments = [.. Enumerable.Range(0, Instruments).Select(i => RallySeries.Walk(i, Sessions))];
        _benchmark = RallySeries.Walk(-1, Sessions);
    }

    /// <summary>All facts of every instrument, one after the other on one thread.</summary>
    [Benchmark]
    public int AllFacts()
    {
        var n = 0;
        foreach (var bars in _instruments)
        {
            n += RallyFacts.Compute(bars, RallyOptions.Default, _benchmark).Sessions;
        }

        return n;
    }

    /// <summary>The same on every core (the facts of one instrument are independent of the others').</summary>
    [Benchmark]
    public int AllFactsParallel()
    {
        var n = 0;
        Parallel.ForEach(_instruments, bars => Interlocked.Add(ref n, RallyFacts.Compute(bars, RallyOptions.Default, _benchmark).Sessions));
        return n;
    }

    /// <summary>
    /// CPU seconds of <see cref="AllFacts"/> for 5,000 × 2,500, after a warm-up run: what one core spends, free of
    /// the waits a loaded machine adds to wall-clock times. Run: <c>dotnet Froth.Benchmarks.dll rally-cpu</c>.
    /// </summary>
    public static void ReportCpu()
    {
        var bench = new RallyFactsBenchmarks { Instruments = 5000, Sessions = 2500 };
        bench.Setup();
        bench.AllFacts();
        Thread.Sleep(500);
        var process = Process.GetCurrentProcess();
        for (var rep = 0; rep < 3; rep++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            bench.AllFacts();
            process.Refresh();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"all facts, 5000 × 2500: CPU {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s, wall {wall.Elapsed.TotalSeconds:F2} s"));
        }

        var basket = new BasketBenchmarks { Constituents = 50, Years = 10 };
        basket.Setup();
        basket.Build();
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        var wall2 = Stopwatch.StartNew();
        const int reps = 20;
        for (var i = 0; i < reps; i++)
        {
            basket.Build();
        }

        process.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"basket, 50 × 10 years: CPU {(process.TotalProcessorTime - cpu2).TotalMilliseconds / reps:F1} ms, wall {wall2.Elapsed.TotalMilliseconds / reps:F1} ms per build"));
    }
}

/// <summary>
/// A basket built over ten years: equal weights rebalanced monthly, constituents in two currencies converted to
/// USD with FX series, a few listed late, shares for market value. Target (issue 3): 50 constituents over
/// 10 years in under 200 ms.
/// Run: <c>dotnet Froth.Benchmarks.dll --filter '*BasketBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BasketBenchmarks
{
    private BasketDefinition _definition = null!;
    private ConstituentData[] _data = [];
    private FxSeries[] _fx = [];
    private BasketOptions _options = null!;

    [Params(50)]
    public int Constituents { get; set; }

    [Params(10)]
    public int Years { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sessions = Years * 252;
        _data = [.. Enumerable.Range(0, Constituents).Select(i =>
        {
            // Every tenth constituent lists two years late.
            var bars = RallySeries.Walk(i, i % 10 == 9 ? sessions - 500 : sessions, i % 10 == 9 ? new DateOnly(2018, 1, 2) : null);
            return new ConstituentData($"S{i}", $"Stock {i}", i % 2 == 0 ? "HKD" : "CNY", bars);
        })];
        _fx = [new FxSeries("HKD", RallySeries.Walk(1001, sessions + 100, new DateOnly(2015, 12, 1), fx: 7.8)), new FxSeries("CNY", RallySeries.Walk(1002, sessions + 100, new DateOnly(2015, 12, 1), fx: 7.0))];
        _definition = new BasketDefinition(
            "bench",
            "",
            [.. _data.Select((d, i) => new BasketConstituent(d.Symbol, Shares: 1e9 + (i * 1e7)))],
            BasketWeighting.Equal,
            BasketRebalancing.Monthly,
            "USD",
            []);
        _options = new BasketOptions { From = new DateOnly(2015, 12, 31), To = new DateOnly(2030, 1, 1) };
    }

    [Benchmark]
    public double Build() => Basket.Build(_definition, _data, _options, _fx).Return;
}

/// <summary>Seeded random-walk bars on weekdays from 4 January 2016 (about one weekday in 25 skipped as a holiday).</summary>
internal static class RallySeries
{
    public static DailyBar[] Walk(int seed, int sessions, DateOnly? start = null, double fx = 0)
    {
        var rng = new Random(seed + 20261122);
        var bars = new DailyBar[sessions];
        var date = start ?? new DateOnly(2016, 1, 4);
        var close = fx > 0 ? fx : 50 + (rng.NextDouble() * 100);
        var vol = fx > 0 ? 0.003 : 0.02;
        for (var i = 0; i < sessions; i++)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || rng.Next(25) == 0)
            {
                date = date.AddDays(1);
            }

            close *= 1 + (vol * ((rng.NextDouble() * 2) - 1));
            bars[i] = new DailyBar(date, close, close * 1.01, close * 0.99, close, fx > 0 ? null : rng.Next(100_000, 10_000_000));
            date = date.AddDays(1);
        }

        return bars;
    }
}
