using Froth.Analysis.Bubbles;
using Froth.Analysis.Reporting;
using Froth.Cli.Hosting;
using Froth.Data.Baskets;
using Froth.Reports;
using Froth.Reports.Building;
using Froth.Reports.Writers;
using Spectre.Console;

namespace Froth.Cli.Commands.Report;

/// <summary>Gathers a report's inputs, builds it, writes its files and says where they are: the part <c>froth report</c> and <c>froth demo</c> share.</summary>
internal static class ReportRun
{
    /// <summary>The output folder when none is given: <c>reports</c> in the current folder.</summary>
    public const string DefaultFolder = "reports";

    /// <summary>Builds and writes the report, then prints where its files are.</summary>
    public static Froth.Reports.Model.Report Run(
        CommandContext ctx, BasketSource basket, DateOnly? asOf, string? folder, IReadOnlyCollection<ReportFormat> formats, bool noCache, CancellationToken cancellationToken)
    {
        var output = ctx.Environment.FullPath(folder ?? DefaultFolder);
        var workspace = noCache ? ctx.WorkspaceWithoutCache : ctx.Workspace;
        ReportInputs inputs;
        if (ctx.Environment.ErrorIsTerminal)
        {
            inputs = ctx.ErrorConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(p => ReportQueries.Gather(workspace, basket, asOf, BubbleSettings.Default, new ReportProgressBar(p), cancellationToken));
        }
        else
        {
            inputs = ReportQueries.Gather(workspace, basket, asOf, BubbleSettings.Default, null, cancellationToken);
        }

        var previous = PreviousReport.FindLatest(output, inputs.Basket.Definition.Name, inputs.AsOf.Date);
        var report = ReportBuilder.Build(inputs, previous);
        ReportWriter.Write(report, output, formats);
        var w = ctx.Environment.Out;
        w.WriteLine($"{Froth.Safety.ControlCharacters.Neutralise(report.Title)} as of {report.AsOf:yyyy-MM-dd}:");
        foreach (var format in formats.Distinct())
        {
            var path = ReportFiles.PathOf(output, report, format);
            var extra = format == ReportFormat.Markdown ? $" (charts in {ctx.DisplayPath(Path.Combine(output, ReportFiles.ChartFolder(report)))}{Path.DirectorySeparatorChar})" : "";
            w.WriteLine($"  {Name(format),-9} {ctx.DisplayPath(path)}{extra}");
        }

        if (report.Facts.FirstOrDefault(f => f.Id == "verdict#score") is { } score)
        {
            w.WriteLine($"Bubble-risk score: {Froth.Narrative.FactStyle.Render(score)} of 100.");
        }

        return report;
    }

    /// <summary>Parses <c>--format</c>: html, md, json, or all (the default).</summary>
    public static IReadOnlyCollection<ReportFormat> Formats(string? value) => value?.ToLowerInvariant() switch
    {
        null or "all" => [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json],
        "html" => [ReportFormat.Html],
        "md" or "markdown" => [ReportFormat.Markdown],
        "json" => [ReportFormat.Json],
        _ => throw new FrothException($"--format {value}: expected html, md, json or all."),
    };

    private static string Name(ReportFormat format) => format switch
    {
        ReportFormat.Html => "HTML",
        ReportFormat.Markdown => "Markdown",
        _ => "JSON",
    };
}
