using System.Globalization;
using Froth.Testing;

namespace Froth.Tests.Bubbles.Psy;

/// <summary>
/// One exuber golden fixture (<c>reference/bubbles/exuber_golden</c>, from pyexuber's tests): exuber's design
/// matrix, its <c>minw</c> and lag, and exuber's <c>radf</c> output in the order BADF…, ADF, SADF, GSADF, BSADF….
/// </summary>
internal sealed record ExuberGolden(double[] Levels, int MinWindow, int Lag, double[] Badf, double Adf, double Sadf, double Gsadf, double[] Bsadf)
{
    public static ExuberGolden Load(string name)
    {
        var dir = "reference/bubbles/exuber_golden/";
        var input = ReadRows(SampleData.Path(dir + name + "_input.csv"));
        var output = ReadRows(SampleData.Path(dir + name + "_output.csv")).Select(r => r[0]).ToArray();
        var parameters = ReadRows(SampleData.Path(dir + name + "_params.csv"))[0];
        var minw = (int)parameters[0];
        var lag = (int)parameters[1];
        var rows = (int)parameters[2];

        // The input is exuber's regression rows: x_lev = y_t, x_lag = y_{t-1} (and ct, dx_embed1 = Δy_{t-1} with lag 1).
        // The levels are y_{t-1} of the first row (less Δy_{t-1} for lag 1) followed by every y_t.
        var xLag = lag == 0 ? 1 : 2;
        var levels = new List<double>();
        if (lag == 1)
        {
            levels.Add(input[0][xLag] - input[0][3]);
        }

        levels.Add(input[0][xLag]);
        levels.AddRange(input.Select(r => r[0]));

        var count = rows - minw + 1;
        return new ExuberGolden(
            [.. levels],
            minw,
            lag,
            output[..count],
            output[count],
            output[count + 1],
            output[count + 2],
            output[(count + 3)..]);
    }

    private static List<double[]> ReadRows(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray())];
}
