using System.CommandLine;
using Froth.Cli.Hosting;
using Froth.Data.Sources;
using Froth.Data.Store;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary>
/// <c>froth import PATH...</c>: reads files and folders (recursively) and stores them in one transaction; prints
/// per file what happened (rows new, updated, unchanged, skipped with reasons) and the files not read.
/// </summary>
public static class ImportCommand
{
    /// <summary>Creates <c>froth import</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Data files or folders (read recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var names = (env.Layouts ?? SourceLayouts.All).Select(l => l.Name).ToList();
        var layout = new Option<string?>("--layout")
        {
            Description = "Read every data file with this layout instead of detecting each file's"
                + (names.Count > 0 ? $" (one of: {string.Join(", ", names)})." : "."),
            HelpName = "NAME",
        };
        var command = new Command("import", "Import data files and folders into the store, all or nothing; importing the same data again changes nothing.")
        {
            paths,
            layout,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var options = new ImportOptions { Layout = ctx.Get(layout), Layouts = env.Layouts };
            var full = ctx.Get(paths)!.Select(env.FullPath).ToList();
            var (input, summary) = env.ErrorIsTerminal
                ? RunWithProgressBar(ctx, full, options)
                : Run(ctx, full, options, null);
            var result = ImportResult.From(ctx.StorePath, input, summary);
            ctx.Write(result, console => Render(console, ctx, result));
            return FrothApp.Ok;
        });
        return command;
    }

    private static (ImportInput Input, ImportSummary Summary) Run(CommandContext ctx, List<string> paths, ImportOptions options, IProgress<ImportProgress>? progress)
    {
        // Read everything first: bad input fails before the store is opened, or created.
        var input = ImportPipeline.Read(paths, options, progress);
        using var store = FrothStore.Open(ctx.StorePath, ctx.Environment.Time);
        return (input, store.Import(input.Batches, progress));
    }

    private static (ImportInput Input, ImportSummary Summary) RunWithProgressBar(CommandContext ctx, List<string> paths, ImportOptions options) =>
        ctx.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(p => Run(ctx, paths, options, new ImportProgressBar(p)));

    private static void Render(IAnsiConsole console, CommandContext ctx, ImportResult result)
    {
        if (result.Documents.Count > 0)
        {
            var table = DataCells.Table("File", "Layout", "Instruments", "New", "Updated", "Unchanged", "Skipped", "Skip reasons")
                .RightAlign(3, 4, 5, 6)
                .NoWrap(3, 4, 5, 6);
            foreach (var d in result.Documents)
            {
                table.Row(
                    ctx.DisplayPath(d.File),
                    d.Layout,
                    Instruments(d.Instruments),
                    DataCells.Count(d.RowsNew),
                    DataCells.Count(d.RowsUpdated),
                    DataCells.Count(d.RowsUnchanged),
                    DataCells.Count(d.RowsSkipped),
                    string.Join("; ", d.SkipReasons.Select(r => $"{r.Rule} ×{DataCells.Count(r.Rows)}")));
            }

            var t = result.Totals;
            table.Row(
                $"Total: {DataCells.Plural(t.Documents, "file")}",
                "",
                DataCells.Plural(t.Instruments, "instrument"),
                DataCells.Count(t.RowsNew),
                DataCells.Count(t.RowsUpdated),
                DataCells.Count(t.RowsUnchanged),
                DataCells.Count(t.RowsSkipped),
                "");
            console.Write(table);
        }

        if (result.SkippedFiles.Count > 0)
        {
            console.Line($"Files not read ({result.SkippedFiles.Count}):");
            var skipped = DataCells.Table("File", "Reason");
            foreach (var s in result.SkippedFiles)
            {
                skipped.Row(ctx.DisplayPath(s.File), s.Reason);
            }

            console.Write(skipped);
        }

        if (result.RevisionCount > 0)
        {
            var listed = result.Revisions.Count < result.RevisionCount ? $", the first {result.Revisions.Count} listed" : "";
            console.Line($"Revised values ({DataCells.Count(result.RevisionCount)}{listed}):");
            var revisions = DataCells.Table("Symbol", "Source", "Date", "Field", "Old", "New").RightAlign(4, 5);
            foreach (var r in result.Revisions)
            {
                revisions.Row(r.Symbol, r.Source, DataCells.Date(r.Date), r.Field, DataCells.Number(r.OldValue), DataCells.Number(r.NewValue));
            }

            console.Write(revisions);
        }

        console.Line(result.Totals.RowsNew + result.Totals.RowsUpdated == 0 && result.Documents.All(d => d.ImportId is null)
            ? $"The store {ctx.DisplayPath(result.Store)} already held all of this data; nothing changed."
            : $"Stored {DataCells.Count(result.Totals.RowsNew)} new and {DataCells.Count(result.Totals.RowsUpdated)} updated rows in {ctx.DisplayPath(result.Store)}.");
    }

    private static string Instruments(IReadOnlyList<string> symbols) => symbols.Count switch
    {
        0 => "",
        <= 3 => string.Join(", ", symbols),
        _ => $"{string.Join(", ", symbols.Take(2))} and {symbols.Count - 2} more",
    };

    /// <summary>The command's result, as written in JSON (and rendered as tables).</summary>
    internal sealed record ImportResult(
        string Store,
        IReadOnlyList<DocumentResult> Documents,
        ImportTotals Totals,
        IReadOnlyList<SkippedFileResult> SkippedFiles,
        int RevisionCount,
        IReadOnlyList<ValueRevision> Revisions)
    {
        public static ImportResult From(string store, ImportInput input, ImportSummary summary)
        {
            var documents = summary.Documents.Select(d => new DocumentResult(
                d.Location, d.Layout, d.ImportId, d.Instruments, d.RowsRead, d.RowsNew, d.RowsUpdated, d.RowsUnchanged, d.RowsSkipped, d.SkipReasons, d.Issues)).ToList();
            var totals = new ImportTotals(
                documents.Count,
                documents.SelectMany(d => d.Instruments).Distinct(StringComparer.Ordinal).Count(),
                documents.Sum(d => d.RowsRead),
                documents.Sum(d => d.RowsNew),
                documents.Sum(d => d.RowsUpdated),
                documents.Sum(d => d.RowsUnchanged),
                documents.Sum(d => d.RowsSkipped),
                input.Skipped.Count);
            return new ImportResult(
                store,
                documents,
                totals,
                [.. input.Skipped.Select(s => new SkippedFileResult(s.Path, s.Reason))],
                summary.RevisionCount,
                summary.Revisions);
        }
    }

    /// <summary>One document: what the store did with its rows.</summary>
    internal sealed record DocumentResult(
        string File,
        string Layout,
        int? ImportId,
        IReadOnlyList<string> Instruments,
        int RowsRead,
        int RowsNew,
        int RowsUpdated,
        int RowsUnchanged,
        int RowsSkipped,
        IReadOnlyList<SkipReason> SkipReasons,
        int Issues);

    /// <summary>Sums over the documents.</summary>
    internal sealed record ImportTotals(int Documents, int Instruments, int RowsRead, int RowsNew, int RowsUpdated, int RowsUnchanged, int RowsSkipped, int FilesSkipped);

    /// <summary>A file that was not read.</summary>
    internal sealed record SkippedFileResult(string File, string Reason);
}
