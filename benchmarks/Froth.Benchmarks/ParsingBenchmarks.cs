using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Testing;

namespace Froth.Benchmarks;

/// <summary>
/// Price-file parsing speed: bars per second of <see cref="ISourceLayout.Read"/> (the layout alone) and of
/// <see cref="SourceReader.Read"/> (detection, parsing and every quality rule), on the largest real price
/// file of the snapshot and on synthetic files in the hardest real dialect.
/// </summary>
/// <remarks>
/// Inputs: <c>GSPC</c> is <c>prices/us/GSPC.csv</c> (24,777 rows, yfinance history export with
/// <c>-05:00</c>-stamped dates and 15–17-digit prices); <c>stooq</c> is <c>prices/us/NDX_stooq_1938-2026-05.csv</c>
/// (22,809 rows, short numbers, CR LF); <c>synthetic-N</c> is N rows of the Hong Kong history dialect
/// (<c>2026-08-21 00:00:00+08:00</c>, prices printed with all 17 significant digits of a random walk,
/// integer volumes), built in memory. Bars per second = rows ÷ mean time; see docs/benchmarks.md.
/// </remarks>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private SourceInput _input = null!;
    private ISourceLayout _layout = null!;

    [Params("GSPC", "stooq", "synthetic-100000", "synthetic-1000000")]
    public string Input { get; set; } = "";

    /// <summary>Rows in the input, for turning times into bars per second.</summary>
    public int Rows { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = Input switch
        {
            "GSPC" => File("prices/us/GSPC.csv"),
            "stooq" => File("prices/us/NDX_stooq_1938-2026-05.csv"),
            _ => Synthetic(int.Parse(Input["synthetic-".Length..], CultureInfo.InvariantCulture)),
        };
        _layout = SourceLayouts.Detect(SourceReader.Sniff(_input))!;
        Rows = _layout.Read(_input).RowCount;
        Console.WriteLine($"// {Input}: {Rows} rows, {_input.Content.Length} bytes, layout {_layout.Name}");
    }

    /// <summary>The layout alone: UTF-8 check, parsing, series building, SHA-256 of the content.</summary>
    [Benchmark(Baseline = true)]
    public int Parse() => _layout.Read(_input).RowCount;

    /// <summary>What an import does: detection, parsing and every data quality rule.</summary>
    [Benchmark]
    public int ParseAndCheck() => SourceReader.Read(_input, quality: QualityOptions.Default).RowCount;

    /// <summary>
    /// Bars per CPU-second of <see cref="Parse"/> for each input named (default: all four), measured with
    /// <see cref="Process.TotalProcessorTime"/> after a warm-up long enough for tiered compilation. On a shared
    /// machine the wall-clock times BenchmarkDotNet reports include the time the process waits for a core;
    /// CPU time is what one core spends. Run: <c>dotnet Froth.Benchmarks.dll parsing-cpu [INPUT…]</c>.
    /// </summary>
    public static void ReportCpuThroughput(IReadOnlyList<string> inputs)
    {
        foreach (var name in inputs.Count > 0 ? inputs : ["GSPC", "stooq", "synthetic-100000", "synthetic-1000000"])
        {
            var bench = new ParsingBenchmarks { Input = name };
            bench.Setup();
            var reps = Math.Max(5, 2_000_000 / bench.Rows);
            for (var i = 0; i < reps; i++)
            {
                bench.Parse();
            }

            Thread.Sleep(500); // let the tier-1 compilation of the hot loop finish
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < reps; i++)
            {
                bench.Parse();
            }

            process.Refresh();
            var cpuPerParse = (process.TotalProcessorTime - cpu).TotalSeconds / reps;
            var wallPerParse = wall.Elapsed.TotalSeconds / reps;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {bench.Rows} bars, {reps} parses; CPU {cpuPerParse * 1000:F1} ms = {bench.Rows / cpuPerParse / 1e6:F2} M bars per CPU-second; wall {wallPerParse * 1000:F1} ms = {bench.Rows / wallPerParse / 1e6:F2} M bars/s"));
        }
    }

    private static SourceInput File(string relative)
    {
        var path = SampleData.Path(relative);
        return new SourceInput(path, System.IO.File.ReadAllBytes(path));
    }

    /// <summary>N rows like <c>prices/hk/0700.HK.csv</c>: weekdays from 1900, a random walk with 17-digit prices.</summary>
    private static SourceInput Synthetic(int rows)
    {
        var random = new Random(20261122);
        var text = new StringBuilder(rows * 110);
        text.Append("Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n");
        var date = new DateOnly(1900, 1, 1);
        var close = 100.0;
        for (var i = 0; i < rows; i++)
        {
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                date = date.AddDays(1);
            }

            var open = close * (1 + ((random.NextDouble() - 0.5) * 0.02));
            close = open * (1 + ((random.NextDouble() - 0.5) * 0.04));
            var high = Math.Max(open, close) * (1 + (random.NextDouble() * 0.01));
            var low = Math.Min(open, close) * (1 - (random.NextDouble() * 0.01));
            text.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} 00:00:00+08:00,{open:R},{high:R},{low:R},{close:R},{random.Next(1_000_000, 90_000_000)},0.0,0.0\n");
            date = date.AddDays(1);
        }

        return new SourceInput("/synthetic/0700.HK.csv", Encoding.UTF8.GetBytes(text.ToString()));
    }
}
