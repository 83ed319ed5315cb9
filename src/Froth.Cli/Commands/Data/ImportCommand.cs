using System.CommandLine;
using Froth.Analysis.Storage;
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
            var given = ctx.Get(paths)!;
            var result = env.ErrorIsTerminal
                ? ctx.ErrorConsole.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(p => ImportQueries.Import(ctx.Workspace, given, options, new ImportProgressBar(p)))
                : ImportQueries.Import(ctx.Workspace, given, options);
            ctx.Write(result, console => Render(console, ctx, result));
            return FrothApp.Ok;
        });
        return command;
    }

    /// <summary>Renders an import's (or a fetch's) summary as tables: per document, the files not read, the revisions.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="ctx">The command's context (paths are shown relative to the current folder).</param>
    /// <param name="result">The summary.</param>
    /// <param name="documentHeader">Header of the first column: "File", or "URL" for fetched documents.</param>
    internal static void Render(IAnsiConsole console, CommandContext ctx, ImportOutcome result, string documentHeader = "File")
    {
        if (result.Documents.Count > 0)
        {
            var table = DataCells.Table(documentHeader, "Layout", "Instruments", "New", "Updated", "Unchanged", "Skipped", "Skip reasons")
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
                $"Total: {DataCells.Plural(t.Documents, documentHeader == "File" ? "file" : "document")}",
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

        console.Line(result.NothingChanged
            ? $"The store {ctx.DisplayPath(result.Store)} already held all of this data; nothing changed."
            : $"Stored {DataCells.Count(result.Totals.RowsNew)} new and {DataCells.Count(result.Totals.RowsUpdated)} updated rows in {ctx.DisplayPath(result.Store)}.");
    }

    private static string Instruments(IReadOnlyList<string> symbols) => symbols.Count switch
    {
        0 => "",
        <= 3 => string.Join(", ", symbols),
        _ => $"{string.Join(", ", symbols.Take(2))} and {symbols.Count - 2} more",
    };
}
