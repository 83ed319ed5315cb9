using System.Text;
using Froth.Testing;

namespace Froth.Claims.Tests;

/// <summary>No input crashes the checker: empty, binary, 5 MB, no numbers, only numbers, random and mangled text.</summary>
public sealed class RobustnessTests
{
    private static readonly DateOnly Date = new(2025, 10, 31);

    private static CheckResult Check(string text)
    {
        using var workspace = TestWorkspace.Articles();
        return ClaimChecker.Check(workspace, text, Date);
    }

    [Fact]
    public void Should_find_nothing_in_empty_text() => Check(string.Empty).Claims.ShouldBeEmpty();

    [Fact]
    public void Should_find_nothing_without_numbers() => Check("Markets were calm and nobody said anything about prices.").Claims.ShouldBeEmpty();

    [Fact]
    public void Should_survive_binary_and_only_numbers()
    {
        var random = new Random(12);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        Check(Encoding.UTF8.GetString(bytes)).ShouldNotBeNull();
        Check(string.Join(' ', Enumerable.Range(0, 2000).Select(i => (i * 7.31).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + (i % 3 == 0 ? "%" : string.Empty)))).ShouldNotBeNull();
    }

    [Fact]
    public void Should_survive_five_megabytes()
    {
        var article = File.ReadAllText(Path.Combine(ArticleMarket.Articles, "2025-10-31-hong-kong-tech-october.txt"));
        // 5 MB of prose without figures around one article: every claim of it is still found once.
        var sb = new StringBuilder();
        var filler = "Investors weighed the outlook for technology shares as trading volumes stayed light and analysts debated valuations. ";
        while (sb.Length < 2_500_000)
        {
            sb.Append(filler);
        }

        sb.Append("\n\n").Append(article[article.IndexOf("Hong Kong's technology", StringComparison.Ordinal)..]).Append("\n\n");
        while (sb.Length < 5_000_000)
        {
            sb.Append(filler);
        }

        var once = Check(article).Claims.Count;
        Check(sb.ToString()).Claims.Count.ShouldBe(once);
    }

    [Fact]
    public void Should_survive_mangled_articles()
    {
        var random = new Random(7);
        var texts = Directory.GetFiles(ArticleMarket.Articles, "*.txt").Select(File.ReadAllText).ToList();
        for (var round = 0; round < 200; round++)
        {
            var text = texts[round % texts.Count].ToCharArray();
            for (var k = 0; k < text.Length / 10; k++)
            {
                var i = random.Next(text.Length);
                text[i] = random.Next(4) switch { 0 => '.', 1 => ' ', 2 => (char)random.Next(32, 127), _ => text[random.Next(text.Length)] };
            }

            var words = new string(text).Split(' ');
            random.Shuffle(words);
            Check(string.Join(' ', words.Take(random.Next(words.Length + 1)))).ShouldNotBeNull();
        }
    }
}
