using System.CommandLine;
using Froth.Analysis.Storage;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;
using Froth.Data.Baskets;
using Froth.Data.Store;
using Froth.Reports;
using Spectre.Console;

namespace Froth.Cli.Commands.Report;

/// <summary>
/// <c>froth demo</c>: Froth's main job in one command. Imports the sample snapshot into the store when it is missing or
/// out of date, then writes the China AI report as of the latest date the main series share, and says where it is.
/// </summary>
public static class DemoCommand
{
    /// <summary>The preset the demo reports on.</summary>
    public const string Preset = "china-ai";

    /// <summary>Where the snapshot is looked for when <c>FROTH_SAMPLE_DATA</c> is unset, relative to the current folder.</summary>
    public const string DefaultSample = "../shared/data";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string?>("--out")
        {
            Description = $"Folder to write the report into (default: {ReportRun.DefaultFolder} in the current folder).",
            HelpName = "DIR",
        };
        var command = new Command(
            "demo",
            $"Import the sample snapshot ($FROTH_SAMPLE_DATA, else {DefaultSample}) into the store when it is missing or out of date, "
            + $"then write the {Preset} report (HTML, Markdown, JSON) as of the latest date its main series share.")
        {
            output,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var sample = env.FullPath(env.Variable("FROTH_SAMPLE_DATA") is { Length: > 0 } set ? set : DefaultSample);
            if (!Directory.Exists(sample))
            {
                throw new FrothException($"The sample snapshot was not found at {sample}. Put it beside the repository as {DefaultSample} or set FROTH_SAMPLE_DATA to its folder.");
            }

            var preset = BasketPresets.Load(Preset);
            if (CatalogQueries.WhyImport(ctx.Workspace, sample, preset) is { } why)
            {
                env.Error.WriteLine($"Importing the sample snapshot from {ctx.DisplayPath(sample)} into {ctx.DisplayPath(ctx.StorePath)} ({why})...");
                var summary = Import(ctx, sample);
                env.Error.WriteLine($"Imported {summary.Totals.Documents} files: {summary.Totals.RowsNew:N0} new and {summary.Totals.RowsUpdated:N0} updated rows.");
            }
            else
            {
                env.Error.WriteLine($"The store {ctx.DisplayPath(ctx.StorePath)} holds the sample snapshot as it is; nothing to import.");
            }

            var formats = new[] { ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json };
            var report = ReportRun.Run(ctx, preset, null, ctx.Get(output), formats, noCache: false, cancellationToken);
            env.Out.WriteLine($"Open {ctx.DisplayPath(Froth.Reports.Writers.ReportFiles.PathOf(env.FullPath(ctx.Get(output) ?? ReportRun.DefaultFolder), report, ReportFormat.Html))} in a browser.");
            return Task.FromResult(FrothApp.Ok);
        });
        return command;
    }

    private static ImportOutcome Import(CommandContext ctx, string sample)
    {
        var options = ImportOptions.Default with { Layouts = ctx.Environment.Layouts };
        return ctx.Environment.ErrorIsTerminal
            ? ctx.ErrorConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(p => ImportQueries.Import(ctx.Workspace, [sample, .. CatalogQueries.SampleExtras(sample)], options, new ImportProgressBar(p)))
            : ImportQueries.Import(ctx.Workspace, [sample, .. CatalogQueries.SampleExtras(sample)], options);
    }
}
