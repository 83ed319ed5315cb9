using System.Globalization;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Bubble-test reference files that have no dates: exuber's simulated series (<c>sim_data.csv</c>), its Monte
/// Carlo critical values (<c>radf_crit_scalar.csv</c>, <c>radf_crit_n100_bsadf_cv.csv</c>) and the pyexuber
/// golden fixtures (<c>exuber_golden/*_input|_params|_output.csv</c>).
/// </summary>
/// <remarks>
/// A stored series needs dates, and inventing them (1, 2, 3… or a fake calendar) would put made-up data in the
/// store. These files are therefore recognised by their exact header, checked (every cell must be a number,
/// every line as wide as the header), and returned as a batch with no series and one Info issue that says what
/// the file is and how to use it: series with <c>froth bubble psy --file F --column C</c>, which reads a column
/// in place; tables as references for tests.
/// </remarks>
public sealed class UndatedReferenceLayout : ISourceLayout
{
    /// <inheritdoc />
    public string Name => "bubble-reference-undated";

    /// <inheritdoc />
    public string Description => "undated bubble-test references: exuber sim_data, radf critical values, pyexuber golden fixtures";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count > 0 && KindOf(Header(sniff.FirstLines[0]), sniff.FileName) is not null;
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        var kind = KindOf(table.Header, input.FileName)
            ?? throw new DataFormatException(
                input.Location,
                table.HeaderLine,
                null,
                string.Join(",", table.Header),
                "the header of exuber's sim_data (psy1,psy2,evans,div,blan), a radf critical-value table (n,minw,adf90,… or cv90,cv95,cv99) or a pyexuber golden fixture (x_lev,…; min_win,lag,n_rows,n_cols; value in *_output.csv)");

        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            for (var c = 0; c < row.Fields.Count; c++)
            {
                if (!SourceText.TryParseNumber(row.Fields[c], out _))
                {
                    throw new DataFormatException(input.Location, row.Line, table.Header[c], row.Fields[c], "a finite number like -0.3540 or 1.48e-02");
                }
            }
        }

        var size = $"{table.Rows.Count.ToString(CultureInfo.InvariantCulture)} rows of {string.Join(", ", table.Header)}";
        var message = kind switch
        {
            Kind.SimData => $"{input.FileName} has no dates: it is exuber's sim_data, simulated series for testing bubble detectors ({size}: psy1 and psy2 with one and two PSY bubbles, evans with Evans' periodically collapsing bubbles, div simulated dividends, blan a Blanchard bubble). Nothing was stored; test a column in place with `froth bubble psy --file {input.Location} --column psy1`.",
            Kind.CriticalValues => $"{input.FileName} has no dates: it is exuber's Monte Carlo critical-value table of the ADF, SADF and GSADF statistics at 90/95/99 % by sample size n and minimum window minw ({size}). Nothing was stored: it is a reference for checking Froth's critical values, not a series.",
            Kind.BsadfSequence => $"{input.FileName} has no dates: it is exuber's BSADF critical-value sequence at 90/95/99 % for one sample size ({size}). Nothing was stored: it is a reference for checking Froth's date-stamping critical values, not a series.",
            Kind.GoldenInput => $"{input.FileName} has no dates: it is a pyexuber golden fixture, the input of exuber's radf ({size}; x_lev is the series, the other columns its regression terms). Nothing was stored; test the series in place with `froth bubble psy --file {input.Location} --column x_lev`.",
            Kind.GoldenParams => $"{input.FileName} has no dates: it is a pyexuber golden fixture, the parameters (minimum window, lag, input size) of one exuber radf run ({size}). Nothing was stored: it is a reference for tests.",
            _ => $"{input.FileName} has no dates: it is a pyexuber golden fixture, the statistics exuber's radf returned (BADF sequence, ADF, SADF, GSADF, BSADF sequence; {size}). Nothing was stored: it is a reference for tests.",
        };

        return new ImportBatch(
            input.Document(Name),
            [],
            [],
            [new DataIssue("no-dates", IssueSeverity.Info, input.Location, table.HeaderLine, null, null, message, IssueAction.Reported)]);
    }

    private static List<string> Header(string line) => [.. CsvTable.Split(line, ',').Select(h => h.Trim())];

    private static Kind? KindOf(IReadOnlyList<string> h, string fileName)
    {
        if (h.SequenceEqual(["psy1", "psy2", "evans", "div", "blan"]))
        {
            return Kind.SimData;
        }

        if (h.SequenceEqual(["n", "minw", "adf90", "adf95", "adf99", "sadf90", "sadf95", "sadf99", "gsadf90", "gsadf95", "gsadf99"]))
        {
            return Kind.CriticalValues;
        }

        if (h.SequenceEqual(["cv90", "cv95", "cv99"]))
        {
            return Kind.BsadfSequence;
        }

        if (h.Count >= 2 && h[0] == "x_lev")
        {
            return Kind.GoldenInput;
        }

        if (h.SequenceEqual(["min_win", "lag", "n_rows", "n_cols"]))
        {
            return Kind.GoldenParams;
        }

        return h.SequenceEqual(["value"]) && fileName.EndsWith("_output.csv", StringComparison.OrdinalIgnoreCase) ? Kind.GoldenOutput : null;
    }

    private enum Kind
    {
        SimData,
        CriticalValues,
        BsadfSequence,
        GoldenInput,
        GoldenParams,
        GoldenOutput,
    }
}
