using System.Globalization;
using System.Runtime.Intrinsics;
using Froth.Bubbles.Lppls;

// Reads one price series per line of stdin (comma-separated, invariant culture), fits each with the default
// options and prints, first, which vector widths the runtime accelerates, then one line per series:
//   widths v512=True v256=True v128=True
//   fit tc=… m=… omega=… sse=…
// Numbers are printed round-trip ("R"), so the parent compares the exact doubles.
var invariant = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(
    invariant,
    $"widths v512={Vector512.IsHardwareAccelerated} v256={Vector256.IsHardwareAccelerated} v128={Vector128.IsHardwareAccelerated}"));
while (Console.ReadLine() is { } line)
{
    if (line.Length == 0)
    {
        continue;
    }

    var prices = line.Split(',').Select(p => double.Parse(p, invariant)).ToArray();
    var fit = Lppls.Fit(prices);
    Console.WriteLine(string.Create(invariant, $"fit tc={fit.Model.Tc:R} m={fit.Model.M:R} omega={fit.Model.Omega:R} sse={fit.Sse:R}"));
}
