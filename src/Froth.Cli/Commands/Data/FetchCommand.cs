using System.CommandLine;
using Froth.Analysis.Storage;
using Froth.Cli.Hosting;
using Froth.Data.Sources.Online;
using Spectre.Console;

namespace Froth.Cli.Commands.Data;

/// <summary>
/// <c>froth fetch SYMBOL... --source NAME</c>: downloads daily history from an online source (Yahoo, Eastmoney,
/// Tencent, Stooq, FRED, and the SSE, SZSE and Eastmoney margin and valuation reports), reads each response with the source's layout and stores everything in one
/// transaction, as <c>froth import</c> does; prints the same summary. See <c>docs/fetch.md</c>.
/// </summary>
public static class FetchCommand
{
    /// <summary>The environment variable that holds the FRED API key when <c>--api-key</c> is not given.</summary>
    public const string FredKeyVariable = "FRED_API_KEY";

    /// <summary>Creates <c>froth fetch</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbols = new Argument<string[]>("SYMBOL")
        {
            Description = "Symbols or aliases (0700.HK, HSTECH, CAMBRICON, ^NDX, HKD=X); with --source fred, FRED series ids (SP500 or FRED:SP500; DEXHKUS is HKD=X); with a margin source, its market (SH, SZ, CN).",
            Arity = ArgumentArity.OneOrMore,
        };
        var source = new Option<string>("--source")
        {
            Description = "The online source: " + string.Join(", ", OnlineSources.Names) + ".",
            HelpName = "NAME",
            Required = true,
        };
        source.AcceptOnlyFromAmong([.. OnlineSources.Names]);
        var from = DateOptions.Create("--from", "First date (inclusive); default: the source's whole history.");
        var to = DateOptions.Create("--to", "Last date (inclusive); default: today (UTC).");
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"FRED API key for --source fred (default: ${FredKeyVariable}); never shown or stored. Without a key FRED's keyless CSV download is used.",
            HelpName = "KEY",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Send the source's requests to this base URL instead of its own (a mirror or a local server; default: $FROTH_<SOURCE>_URL, e.g. FROTH_SSE_MARGIN_URL).",
            HelpName = "URL",
        };
        var cache = new Option<bool>("--cache")
        {
            Description = "Reuse responses fetched in the last 24 hours and keep new ones, in $FROTH_CACHE/responses (default ~/.cache/froth/responses).",
        };
        var command = new Command("fetch", "Download daily history from an online source and store it, all or nothing; fetching the same data again changes nothing.")
        {
            symbols,
            source,
            from,
            to,
            apiKey,
            baseUrl,
            cache,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var name = ctx.Get(source)!;
            var key = ctx.Get(apiKey);
            if (name == "fred")
            {
                key ??= env.Variable(FredKeyVariable);
            }
            else if (key is not null)
            {
                throw new FrothException($"--api-key is used by --source fred only; {name} takes no key.");
            }

            var urlText = ctx.Get(baseUrl) ?? env.Variable(OnlineSources.BaseUrlVariable(name));
            var request = new FetchPlan
            {
                Source = name,
                Symbols = ctx.Get(symbols)!,
                From = ctx.Get(from),
                To = ctx.Get(to),
                ApiKey = key,
                BaseUrl = string.IsNullOrWhiteSpace(urlText) ? null : FetchSourceOptions.ParseBaseUrl(urlText),
                UseResponseCache = ctx.Get(cache),
                Handler = env.HttpHandler,
            };
            var result = env.ErrorIsTerminal
                ? await ctx.ErrorConsole.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(p =>
                    {
                        var bar = new FetchProgressBar(p, name);
                        return ImportQueries.FetchAsync(ctx.Workspace, request, new FetchReporting(bar, bar.Retry, new ImportProgressBar(p)), cancellationToken);
                    })
                : await ImportQueries.FetchAsync(ctx.Workspace, request, null, cancellationToken);
            ctx.Write(result, console => ImportCommand.Render(console, ctx, result, "URL"));
            return FrothApp.Ok;
        });
        return command;
    }
}
