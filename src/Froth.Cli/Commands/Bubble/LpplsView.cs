using System.Globalization;
using Froth.Analysis.Bubbles;
using Froth.Bubbles.Lppls;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary>The tables the LPPLS commands print.</summary>
internal static class LpplsView
{
    public static void Render(IAnsiConsole console, LpplsFitAnalysis analysis)
    {
        var dated = analysis.Fit;
        var fit = dated.Fit;
        var model = fit.Model;
        var table = new Table().AddColumn("LPPLS fit").AddColumn(new TableColumn("value").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{analysis.Subject.Key}, {IsoDate.Format(dated.First)} – {IsoDate.Format(dated.Last)} ({fit.Length} sessions)"));
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("tc (critical time)", $"{IsoDate.Format(dated.CriticalDate)} ({Number(fit.TcAfterEnd, "F1")} sessions after {IsoDate.Format(dated.Last)})");
        Row("m", Number(model.M, "F3"));
        Row("ω", Number(model.Omega, "F3"));
        Row("A", Number(model.A, "F4"));
        Row("B", Number(model.B, "G4"));
        Row("C1", Number(model.C1, "G4"));
        Row("C2", Number(model.C2, "G4"));
        Row("damping", double.IsFinite(fit.Damping) ? Number(fit.Damping, "F2") : "undefined");
        Row("oscillations", double.IsFinite(fit.Oscillations) ? Number(fit.Oscillations, "F2") : "undefined");
        Row("relative error", Number(fit.RelativeError * 100, "F2") + "%");
        Row("at a search bound", fit.AtSearchBound.Count == 0 ? "none" : string.Join(", ", fit.AtSearchBound));
        Row("converged", $"{(fit.Converged ? "yes" : "no")} ({fit.FinalistsConverged} of {fit.FinalistSse.Count} final searches)");
        Row($"qualified ({dated.Filter} filter)", dated.Qualifies ? "yes" : $"no: fails {string.Join(", ", dated.Failures)}");
        Row("qualified (trust filter)", analysis.TrustFailures.Count == 0 ? "yes" : $"no: fails {string.Join(", ", analysis.TrustFailures)}");
        Row("bubble signal", dated.Qualifies
            ? fit.Sign switch { LpplsBubbleSign.Positive => "positive (B < 0: a faster-than-exponential rise)", LpplsBubbleSign.Negative => "negative (B > 0: a faster-than-exponential fall)", _ => "none (B = 0)" }
            : $"none: the fit does not qualify (its B would mean a {(model.B < 0 ? "rise" : "fall")})");
        console.Write(table);
    }

    public static void Render(IAnsiConsole console, LpplsConfidenceAnalysis analysis)
    {
        var table = new Table()
            .AddColumn("date")
            .AddColumn(new TableColumn("positive").RightAligned())
            .AddColumn(new TableColumn("negative").RightAligned())
            .AddColumn(new TableColumn("not conv.").RightAligned())
            .AddColumn("tc 5%")
            .AddColumn("tc median")
            .AddColumn("tc 95%");
        var o = analysis.Options;
        table.Title = new TableTitle(Markup.Escape($"LPPLS confidence, {analysis.Subject.Key}: {analysis.Windows} windows of {o.MaxWindow} down to {o.MinWindow} sessions per date"));
        foreach (var p in analysis.Points)
        {
            string Tc(double level) => p.CriticalTimes?.FirstOrDefault(q => q.Level == level) is { } q ? IsoDate.Format(q.Date) : "–";
            table.AddRow(
                IsoDate.Format(p.Date),
                p.Confidence.Positive.ToString("P1", CultureInfo.InvariantCulture),
                p.Confidence.Negative.ToString("P1", CultureInfo.InvariantCulture),
                p.Confidence.NotConverged.ToString(CultureInfo.InvariantCulture),
                Tc(0.05),
                Tc(0.5),
                Tc(0.95));
        }

        console.Write(table);
    }

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
