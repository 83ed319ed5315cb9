using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Check;

public sealed class CheckCommandTests
{
    private static string Article(string name) => Path.Combine(ArticleMarket.Articles, name);

    private static Task<CliResult> Run(params string[] args) => CliRun.RunAsync(args, marketData: _ => ArticleMarket.Value);

    [Fact]
    public async Task Should_write_the_claims_as_json_with_spans_verdicts_and_evidence()
    {
        var result = await Run("check", Article("2026-01-23-star-market-january.txt"), "--format", "json");
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        doc.RootElement.GetProperty("date").GetString().ShouldBe("2026-01-23");
        var text = File.ReadAllText(Article("2026-01-23-star-market-january.txt"));
        var claims = doc.RootElement.GetProperty("claims").EnumerateArray().ToList();
        claims.ShouldNotBeEmpty();
        foreach (var c in claims)
        {
            var start = c.GetProperty("start").GetInt32();
            var end = c.GetProperty("end").GetInt32();
            text[start..end].ShouldBe(c.GetProperty("text").GetString());
        }

        // ChiNext "added 6.2% this month": 4.57% in answers.json, computed from the raw files.
        var chinext = claims.Single(c => c.GetProperty("text").GetString()!.Contains("ChiNext", StringComparison.Ordinal));
        chinext.GetProperty("verdict").GetString().ShouldBe("contradicted");
        chinext.GetProperty("subject").GetString().ShouldBe("399006.SZ");
        chinext.GetProperty("period").GetProperty("to").GetString().ShouldBe("2026-01-23");
        chinext.GetProperty("evidence").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_stop_when_there_is_neither_a_date_nor_a_dateline()
    {
        using var temp = new TempFolder();
        var file = temp.File("no-date.txt");
        await File.WriteAllTextAsync(file, "The Nasdaq 100 rose 1% on Friday.", TestContext.Current.CancellationToken);
        var result = await Run("check", file, "--format", "json");
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain("--date");
    }

    [Fact]
    public async Task Should_write_a_self_contained_escaped_html_page()
    {
        var result = await Run("check", Article("2025-10-31-hong-kong-tech-october.txt"), "--format", "html");
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        result.Out.ShouldStartWith("<!DOCTYPE html>");
        result.Out.ShouldContain("name=\"viewport\"");
        result.Out.ShouldContain("<mark class=\"contradicted\"");
        result.Out.ShouldContain("Hong Kong&#39;s");
        result.Out.ShouldNotContain("<script");
        result.Out.ShouldNotContain("http");
    }
}
