using Froth.Testing;
using System.Text.Json;

namespace Froth.Claims.Tests;

/// <summary>
/// The five articles of ../shared/articles against answers.json, the hand-checked verdicts computed independently
/// from the raw snapshot files. Recall: listed claims found (a claim overlapping the quote) with the listed verdict.
/// False claims: a supported or contradicted verdict on a span that overlaps no listed quote.
/// </summary>
public sealed class ArticleTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files() => new(Answers().Select(a => a.File));

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_find_every_listed_claim_with_its_verdict_and_no_false_claims(string file)
    {
        var answer = Answers().Single(a => a.File == file);
        var text = File.ReadAllText(Path.Combine(ArticleMarket.Articles, file));
        using var workspace = TestWorkspace.Articles();
        var result = ClaimChecker.Check(workspace, text, null);
        result.Date.ShouldBe(answer.Date);
        foreach (var c in result.Claims)
        {
            output.WriteLine($"{c.Verdict,-13} {c.Subject,-26} {c.Metric,-12} [{c.Text}] stated {c.Stated} computed {c.Computed} {c.Reason}");
        }

        var missed = new List<string>();
        var spans = new List<(int Start, int End)>();
        foreach (var (quote, verdict, subject) in answer.Claims)
        {
            var start = text.IndexOf(quote, StringComparison.Ordinal);
            start.ShouldBeGreaterThanOrEqualTo(0, $"the quote '{quote}' is not in {file}");
            var end = start + quote.Length;
            spans.Add((start, end));
            var found = result.Claims.Any(c => c.Start < end && c.End > start && c.Verdict.ToString().Equals(verdict, StringComparison.OrdinalIgnoreCase)
                && (subject is null || verdict == "unverifiable" || c.Subject == subject));
            if (!found)
            {
                missed.Add($"{verdict} '{quote}' ({subject})");
            }
        }

        var falseClaims = result.Claims.Where(c => c.Verdict is ClaimVerdict.Supported or ClaimVerdict.Contradicted && !spans.Any(s => c.Start < s.End && c.End > s.Start))
            .Select(c => $"{c.Verdict} '{c.Text}'").ToList();
        output.WriteLine($"recall {answer.Claims.Count - missed.Count}/{answer.Claims.Count}; false claims {falseClaims.Count}");
        missed.ShouldBeEmpty();
        falseClaims.ShouldBeEmpty();
    }

    private static List<(string File, DateOnly Date, List<(string Quote, string Verdict, string? Subject)> Claims)> Answers()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ArticleMarket.Articles, "answers.json")));
        return [.. doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => (
            a.GetProperty("file").GetString()!,
            DateOnly.Parse(a.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            a.GetProperty("claims").EnumerateArray().Select(c => (
                c.GetProperty("quote").GetString()!,
                c.GetProperty("verdict").GetString()!,
                c.GetProperty("subject").ValueKind == JsonValueKind.String && c.GetProperty("subject").GetString()!.Contains('.') || c.GetProperty("subject").ValueKind == JsonValueKind.String && c.GetProperty("subject").GetString()!.Contains(':') || c.GetProperty("subject").ValueKind == JsonValueKind.String && c.GetProperty("subject").GetString()!.StartsWith('^')
                    ? c.GetProperty("subject").GetString() : null)).ToList()))];
    }
}
