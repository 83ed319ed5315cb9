using Froth.Bubbles.Lppls;
using Froth.Bubbles.Psy;
using Froth.Rally;
using Froth.Series;

// A dated price list: a CSV whose first column is the date (yyyy-MM-dd) and whose column named "close" holds the price.
var lines = File.ReadAllLines(args.Length > 0 ? args[0] : throw new ArgumentException("usage: Froth.Sample PRICES.csv"));
var close = Array.FindIndex(lines[0].Split(','), h => h.Trim().Equals("close", StringComparison.OrdinalIgnoreCase));
var bars = lines.Skip(1).Select(l => l.Split(',')).Select(f => (Date: DateOnly.Parse(f[0][..10]), Close: double.Parse(f[close])))
    .Select(r => new DailyBar(r.Date, r.Close, r.Close, r.Close, r.Close, null)).ToList();
var prices = bars.Select(b => new ScalarPoint(b.Date, b.Close)).ToList();

var facts = RallyFacts.Compute(bars);                                                   // rally facts as of the last bar
var psy = PsyDateStamp.Run(prices[^Math.Min(prices.Count, 1000)..], new PsyDateStampOptions { Transform = ValueTransform.Log, MonteCarlo = new() { Replications = 499 } });
var lppls = LpplsDating.Confidence(prices, prices[^1].Date, prices[^1].Date);        // LPPLS confidence on the last date

Console.WriteLine($"{facts.AsOf:yyyy-MM-dd}: close {facts.Close:N2}, year to date {facts.Returns.YearToDate?.Return:P1}");
Console.WriteLine($"PSY GSADF {psy.Statistics.Gsadf:F2}; episodes: {string.Join(", ", psy.Episodes.Select(e => $"{e.Start:yyyy-MM-dd}..{e.End?.ToString("yyyy-MM-dd") ?? "now"}"))}");
Console.WriteLine($"LPPLS confidence: {string.Join(", ", lppls.Select(c => $"{c.Date:yyyy-MM-dd} {c.Confidence.Positive:P0}"))}");
