using Froth.Narrative;

namespace Froth.Tests.Narrative;

public sealed class SentencesTests
{
    private static readonly DateOnly Session = new(2025, 9, 25);
    private static readonly FactSource Hstech = new("HSTECH.HK", "hstech_sina_2020-2026");

    public sealed class Write
    {
        [Fact]
        public void Should_write_the_issue_example_from_facts_and_record_where_each_is()
        {
            // Given the facts of the issue's example sentence
            var name = Fact.OfName("HSTECH.HK#name", "Hang Seng TECH", "name", Session, [Hstech]);
            var day = Fact.Of("HSTECH.HK#return.day", FactKind.Return, 0.0087, "return on the day", Session, [Hstech]);
            var session = Fact.OfDate("HSTECH.HK#session", Session, "last session", Session, [Hstech]);
            var since = Fact.OfDate("HSTECH.HK#highestSince", new DateOnly(2021, 11, 22), "highest close since", Session, [Hstech]);
            var streak = Fact.Of("HSTECH.HK#streak.weekly", FactKind.Count, 8, "weekly streak", Session, [Hstech]);
            var verb = new Word("rose");

            // When a template states them
            var s = Sentences.Write($"The {name} index {verb} {day:abs} on {session:weekday} to its highest close since {since}, its {streak:ordinal} straight weekly gain.");

            // Then the text is the example, and each fact's span covers exactly its written form
            s.Text.ShouldBe("The Hang Seng TECH index rose 0.9% on Thursday to its highest close since 22 November 2021, its eighth straight weekly gain.");
            s.Spans.Select(x => s.Text.Substring(x.Start, x.Length)).ShouldBe(["Hang Seng TECH", "0.9%", "Thursday", "22 November 2021", "eighth"]);
            s.Spans.Select(x => x.FactId).ShouldBe([name.Id, day.Id, session.Id, since.Id, streak.Id]);
            s.Facts.Count.ShouldBe(5);
        }

        [Fact]
        public void Should_refuse_template_text_that_holds_a_figure()
        {
            var day = Fact.Of("a#b", FactKind.Return, 0.01, "t", Session, []);
            Should.Throw<ArgumentException>(() => Sentences.Write($"It rose {day:abs} in 2025."));
        }

        [Fact]
        public void Should_refuse_a_word_that_holds_a_figure()
        {
            Should.Throw<ArgumentException>(() => new Word("up 5%"));
        }

        [Fact]
        public void Should_list_a_fact_used_twice_once()
        {
            var day = Fact.Of("a#b", FactKind.Return, 0.01, "t", Session, []);
            var s = Sentences.Write($"Up {day:abs}, yes, {day:signed}.");
            s.Text.ShouldBe("Up 1.0%, yes, +1.0%.");
            s.Spans.Count.ShouldBe(2);
            s.Facts.ShouldHaveSingleItem();
        }
    }

    public sealed class Registry
    {
        [Fact]
        public void Should_keep_one_fact_per_id_and_refuse_a_different_one()
        {
            var registry = new FactRegistry();
            var a = Fact.Of("a#b", FactKind.Return, 0.01, "t", Session, [Hstech]);
            registry.Add(a);
            registry.Add(Fact.Of("a#b", FactKind.Return, 0.01, "t", Session, [Hstech])).ShouldBeSameAs(a);
            Should.Throw<InvalidOperationException>(() => registry.Add(Fact.Of("a#b", FactKind.Return, 0.02, "t", Session, [Hstech])));
            registry.Count.ShouldBe(1);
        }
    }
}
