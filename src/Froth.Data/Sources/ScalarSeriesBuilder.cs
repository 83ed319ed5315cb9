using Froth.Series;

namespace Froth.Data.Sources;

/// <summary>
/// Collects the observations of one column of a document in document order, and the runs of missing cells,
/// then builds the <see cref="ScalarSeries"/> (ascending by date) and one <see cref="DataIssue"/> per run.
/// </summary>
/// <remarks>
/// Dates are kept as read: a repeated date is left for the quality rules (<c>QualityRules</c>), which own the
/// duplicate-date rule for every batch.
/// </remarks>
internal sealed class ScalarSeriesBuilder
{
    private readonly List<ScalarPoint> _points = [];
    private readonly List<int?> _lines = [];
    private readonly List<MissingRun> _runs = [];
    private MissingRun? _open;

    /// <summary>Creates a builder for the series of <paramref name="instrument"/> read from <paramref name="column"/>.</summary>
    public ScalarSeriesBuilder(Instrument instrument, string source, string column)
    {
        Instrument = instrument;
        Source = source;
        Column = column;
    }

    /// <summary>The series' instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>The series' source name.</summary>
    public string Source { get; }

    /// <summary>Column name (or JSON path) the values come from.</summary>
    public string Column { get; }

    /// <summary>Observations added so far.</summary>
    public int Count => _points.Count;

    /// <summary>Adds an observation read from 1-based <paramref name="line"/> (<see langword="null"/> for documents without lines).</summary>
    public void Add(DateOnly date, double value, int? line)
    {
        CloseRun();
        _points.Add(new ScalarPoint(date, value));
        _lines.Add(line);
    }

    /// <summary>
    /// The batch of a document's scalar series: one series per builder that has observations, in builder order,
    /// with <see cref="ImportBatch.ScalarLines"/> aligned to them when every observation has a line (so that quality
    /// issues name their lines), else <see langword="null"/>.
    /// </summary>
    public static ImportBatch ToBatch(SourceDocument document, IEnumerable<ScalarSeriesBuilder> builders, IReadOnlyList<DataIssue> issues)
    {
        var series = new List<ScalarSeries>();
        var lines = new List<IReadOnlyList<int>>();
        var allLines = true;
        foreach (var builder in builders)
        {
            if (builder.Build() is not { } built)
            {
                continue;
            }

            series.Add(built.Series);
            if (built.Lines is { } l)
            {
                lines.Add(l);
            }
            else
            {
                allLines = false;
            }
        }

        return new ImportBatch(document, [], series, issues) { ScalarLines = allLines ? lines : null };
    }

    /// <summary>Records a missing cell: it extends the current run of missing cells or starts one.</summary>
    public void Missing(DateOnly date, int? line, string raw)
    {
        if (_open is null)
        {
            _open = new MissingRun(Column, raw, line, line, date, date, 1);
            return;
        }

        _open = _open with
        {
            LastLine = line ?? _open.LastLine,
            FirstDate = date < _open.FirstDate ? date : _open.FirstDate,
            LastDate = date > _open.LastDate ? date : _open.LastDate,
            Count = _open.Count + 1,
        };
    }

    /// <summary>The series, ascending by date, or <see langword="null"/> when the column had no value at all.</summary>
    public ScalarSeries? BuildSeries() => Build()?.Series;

    /// <summary>
    /// The series, ascending by date, with the line of each point (<see langword="null"/> when some point has no
    /// line); <see langword="null"/> when the column had no value at all.
    /// </summary>
    public (ScalarSeries Series, IReadOnlyList<int>? Lines)? Build()
    {
        CloseRun();
        if (_points.Count == 0)
        {
            return null;
        }

        var order = Enumerable.Range(0, _points.Count).ToArray();
        if (!IsAscending(_points))
        {
            // Stable: rows with the same date keep their document order.
            order = [.. order.OrderBy(i => _points[i].Date)];
        }

        var points = order.Select(i => _points[i]).ToArray();
        int[]? lines = _lines.All(l => l is not null) ? [.. order.Select(i => _lines[i]!.Value)] : null;
        return (new ScalarSeries(Instrument, Source, points), lines);
    }

    /// <summary>
    /// One issue per run of missing cells, saying where the run lies (before the first value, after the last,
    /// or a gap) and why, in the layout's words (<paramref name="explain"/>, may return <see langword="null"/>).
    /// </summary>
    public IEnumerable<DataIssue> MissingIssues(string location, Func<MissingRun, MissingRunPosition, string?>? explain = null)
    {
        CloseRun();
        if (_runs.Count == 0)
        {
            yield break;
        }

        DateOnly? first = _points.Count == 0 ? null : _points.Min(p => p.Date);
        DateOnly? last = _points.Count == 0 ? null : _points.Max(p => p.Date);
        foreach (var run in _runs)
        {
            var position = first is null ? MissingRunPosition.NoValues
                : run.LastDate < first ? MissingRunPosition.BeforeStart
                : run.FirstDate > last ? MissingRunPosition.AfterEnd
                : MissingRunPosition.Gap;
            var where = position switch
            {
                MissingRunPosition.NoValues => "the column has no value at all",
                MissingRunPosition.BeforeStart => "before the series starts",
                MissingRunPosition.AfterEnd => "after the series ends",
                _ => "a gap inside the series",
            };
            var lines = run.FirstLine is { } a
                ? run.Count == 1 ? $" on line {a}" : $" on lines {Math.Min(a, run.LastLine!.Value)}–{Math.Max(a, run.LastLine!.Value)}"
                : "";
            var dates = run.Count == 1 ? IsoDate.Format(run.FirstDate) : $"{IsoDate.Format(run.FirstDate)} … {IsoDate.Format(run.LastDate)}";
            var why = explain?.Invoke(run, position);
            var cells = run.Count == 1 ? "1 cell" : $"{run.Count} cells";
            yield return new DataIssue(
                "missing-value",
                IssueSeverity.Info,
                location,
                run.FirstLine,
                Column,
                run.Raw,
                $"'{Column}' has no value ({Describe(run.Raw)}) in {cells}{lines} ({dates}), {where}{(why is null ? "" : $": {why}")}; {(run.Count == 1 ? "the cell was" : "the cells were")} skipped.",
                IssueAction.Skipped)
            {
                Symbol = Instrument.Symbol,
                Date = run.FirstDate,
            };
        }
    }

    private static string Describe(string raw) => raw.Length == 0 ? "empty" : $"'{raw}'";

    private static bool IsAscending(List<ScalarPoint> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Date < points[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    private void CloseRun()
    {
        if (_open is not null)
        {
            _runs.Add(_open);
            _open = null;
        }
    }
}
