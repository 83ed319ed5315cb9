using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using Froth.Bubbles.Psy;
using Froth.PsySize;

// The size and power of the PSY tests under each critical-value method Froth has (issue 18); see docs/psy.md.
//   dotnet run -c Release --project tools/Froth.PsySize [-- --quick]
// Every series is drawn from System.Random seeded by (T, process, series), so a run is reproducible.
var quick = args.Contains("--quick");
int[] sizes = quick ? [100, 400] : [100, 400, 1000];
var monteCarloSeries = quick ? 200 : 2000;
var bootstrapReplications = quick ? 49 : 199;
int WildSeries(int count) => quick ? 40 : count switch { <= 100 => 1000, <= 400 => 400, _ => 200 };
const int MonteCarloReplications = 2000;

var processes = Enum.GetValues<Process>();
var clock = Stopwatch.StartNew();
var culture = CultureInfo.InvariantCulture;
var options = new PsyOptions { MaxDegreeOfParallelism = 1 };
var rows = new List<(int T, Process Process, string Method, Outcome[] Outcomes)>();

foreach (var (count, tIndex) in sizes.Select((c, i) => (c, i)))
{
    var monteCarlo = new PsyMonteCarloOptions { Replications = MonteCarloReplications, Seed = 123 };
    var bsadfNull = PsyCriticalValues.MonteCarlo(count, options, monteCarlo);
    var sadfNull = PsyCriticalValues.MonteCarlo(count, options, monteCarlo with { BsadfNull = BsadfNull.SadfOfPrefix });
    var wildCount = WildSeries(count);
    foreach (var process in processes)
    {
        var mc = new Outcome[monteCarloSeries];
        var mcSadf = new Outcome[monteCarloSeries];
        var wild = new Outcome[wildCount];
        Parallel.For(0, monteCarloSeries, i =>
        {
            var seed = (tIndex * 100_000_000) + ((int)process * 10_000_000) + i;
            var y = new double[count];
            Processes.Draw(process, new Random(seed), y);
            var result = PsyTest.Run(y, options);
            mc[i] = Judge(process, y, result, bsadfNull);
            mcSadf[i] = Judge(process, y, result, sadfNull);
            if (i < wildCount)
            {
                var table = PsyCriticalValues.WildBootstrap(
                    y, options, new PsyWildBootstrapOptions { Replications = bootstrapReplications, Seed = seed, MaxDegreeOfParallelism = 1 });
                wild[i] = Judge(process, y, result, table);
            }
        });
        rows.Add((count, process, "Monte Carlo, BSADF null `bsadf`", mc));
        rows.Add((count, process, "Monte Carlo, BSADF null `sadf`", mcSadf));
        rows.Add((count, process, "wild bootstrap", wild));
        Console.Error.WriteLine(string.Create(culture, $"T = {count}, {Processes.Name(process)}: done at {clock.Elapsed.TotalSeconds:F0} s"));
    }
}

Console.WriteLine(string.Create(
    culture,
    $"PSY size and power, 5% level, lag 0, default window (psymonitor convention). Monte Carlo critical values: "
    + $"{MonteCarloReplications:N0} replications, seed 123, driftless; {monteCarloSeries:N0} series per cell. Wild bootstrap: "
    + $"{bootstrapReplications} replications per series, {string.Join(", ", sizes.Select(s => $"{WildSeries(s):N0} series at T = {s:N0}"))}. "
    + $"Rates in %, Monte Carlo standard errors in brackets. {Environment.ProcessorCount} cores, {clock.Elapsed.TotalSeconds:F0} s."));
Console.WriteLine();
Console.WriteLine("Rejection rate of the whole-sample tests (size under the three nulls, power under the bubbles):");
Console.WriteLine();
Console.WriteLine("| process | T | MC ADF | MC SADF | MC GSADF | wild ADF | wild SADF | wild GSADF |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var group in rows.GroupBy(r => (r.Process, r.T)).OrderBy(g => g.Key.Process).ThenBy(g => g.Key.T))
{
    var mc = group.First(r => r.Method.StartsWith("Monte Carlo, BSADF null `bsadf`", StringComparison.Ordinal)).Outcomes;
    var wild = group.First(r => r.Method == "wild bootstrap").Outcomes;
    Console.WriteLine(string.Create(
        culture,
        $"| {Processes.Name(group.Key.Process)} | {group.Key.T:N0} | {Rate(mc, o => o.Adf)} | {Rate(mc, o => o.Sadf)} | {Rate(mc, o => o.Gsadf)} "
        + $"| {Rate(wild, o => o.Adf)} | {Rate(wild, o => o.Sadf)} | {Rate(wild, o => o.Gsadf)} |"));
}

Console.WriteLine();
Console.WriteLine("Date-stamping (BSADF against its 95% value at each observation): share of bubble observations flagged, share of");
Console.WriteLine("no-bubble observations flagged (all of a null series; those before the first bubble otherwise), and share of series with");
Console.WriteLine("a false episode of at least ln T observations (MC: Monte Carlo values with either BSADF null; wild: wild bootstrap):");
Console.WriteLine();
string[] methods = ["Monte Carlo, BSADF null `bsadf`", "Monte Carlo, BSADF null `sadf`", "wild bootstrap"];
Console.WriteLine("| process | T | bubble obs. flagged: MC `bsadf` | MC `sadf` | wild | no-bubble obs. flagged: MC `bsadf` | MC `sadf` | wild "
    + "| false episode ≥ ln T: MC `bsadf` | MC `sadf` | wild |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var group in rows.Where(r => r.Process != Process.Evans).GroupBy(r => (r.Process, r.T)).OrderBy(g => g.Key.Process).ThenBy(g => g.Key.T))
{
    var byMethod = methods.Select(m => group.First(r => r.Method == m).Outcomes).ToArray();
    var cells = byMethod.Select(o => Rate(o, x => x.BubbleFlagged))
        .Concat(byMethod.Select(o => Rate(o, x => x.NullFlagged)))
        .Concat(byMethod.Select(o => Rate(o, x => x.FalseEpisode)));
    Console.WriteLine(string.Create(culture, $"| {Processes.Name(group.Key.Process)} | {group.Key.T:N0} | {string.Join(" | ", cells)} |"));
}

return 0;

static Outcome Judge(Process process, double[] y, PsyResult result, PsyCriticalValueTable table)
{
    var adf = result.Adf > table.Adf!.Cv95 ? 1.0 : 0.0;
    var sadf = result.Sadf > table.Sadf!.Cv95 ? 1.0 : 0.0;
    var gsadf = result.Gsadf > table.Gsadf!.Cv95 ? 1.0 : 0.0;
    if (process == Process.Evans)
    {
        return new Outcome(adf, sadf, gsadf, double.NaN, double.NaN, double.NaN);
    }

    var cv = table.Bsadf95();
    var bubbles = Processes.Bubbles(process, y.Length);
    var nullEnd = bubbles.Count == 0 ? y.Length : bubbles[0].Start; // exclusive
    bool Flagged(int t) => result.Bsadf[t] is { } s && cv[t] is { } c && s > c;
    double Share(IEnumerable<int> observations)
    {
        var list = observations.ToList();
        return list.Count == 0 ? double.NaN : list.Count(Flagged) / (double)list.Count;
    }

    var bubbleShare = bubbles.Count == 0 ? double.NaN : Share(bubbles.SelectMany(b => Enumerable.Range(b.Start, b.End - b.Start + 1)));
    var nullShare = Share(Enumerable.Range(result.FirstIndex, Math.Max(nullEnd - result.FirstIndex, 0)));
    var minimum = PsyEpisodes.LogDuration(y.Length, 1);
    var falseEpisode = PsyEpisodes.Find(y, result.Bsadf, cv)
        .Any(e => e.Duration >= minimum && e.Start + e.Duration <= nullEnd) ? 1.0 : 0.0;
    return new Outcome(adf, sadf, gsadf, bubbleShare, nullShare, falseEpisode);
}

static string Rate(Outcome[] outcomes, Func<Outcome, double> measure)
{
    var values = outcomes.Select(measure).Where(double.IsFinite).ToArray();
    if (values.Length < 2)
    {
        return "—";
    }

    var mean = values.Average();
    var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    return string.Create(CultureInfo.InvariantCulture, $"{100 * mean:F1} ({100 * sd / Math.Sqrt(values.Length):F1})");
}
