namespace Froth.Narrative;

/// <summary>Chooses the sentences of a headline from candidate statements ranked by salience.</summary>
/// <remarks>
/// The rule (docs/report.md): the most salient statement of the topic <see cref="LeadTopic"/> opens the headline
/// (what the market did on the last session); then the most salient statements of other topics, one per topic,
/// as long as their salience is at least <see cref="MinimumSalience"/>, up to <see cref="MaximumSentences"/> in all
/// with the closing statement; the most salient statement of topic <see cref="ClosingTopic"/> (the verdict) always
/// closes it. Fewer than <see cref="MinimumSentences"/> are filled with the next most salient statements whatever their
/// salience. Ties keep the candidates' order.
/// </remarks>
public static class Headline
{
    /// <summary>The topic that opens a headline.</summary>
    public const string LeadTopic = "lead";

    /// <summary>The topic that closes a headline.</summary>
    public const string ClosingTopic = "verdict";

    /// <summary>Fewest sentences, when there are enough candidates.</summary>
    public const int MinimumSentences = 3;

    /// <summary>Most sentences.</summary>
    public const int MaximumSentences = 5;

    /// <summary>Statements less salient than this are left out unless needed to reach <see cref="MinimumSentences"/>.</summary>
    public const double MinimumSalience = 40;

    /// <summary>The headline's statements, in reading order.</summary>
    public static IReadOnlyList<Statement> Choose(IReadOnlyList<Statement> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ranked = candidates.Select((s, i) => (s, i)).OrderByDescending(x => x.s.Salience).ThenBy(x => x.i).Select(x => x.s).ToList();
        var lead = ranked.FirstOrDefault(s => s.Topic == LeadTopic);
        var closing = ranked.FirstOrDefault(s => s.Topic == ClosingTopic);
        var room = MaximumSentences - (lead is null ? 0 : 1) - (closing is null ? 0 : 1);
        var middle = new List<Statement>();
        var topics = new HashSet<string>(StringComparer.Ordinal) { LeadTopic, ClosingTopic };
        foreach (var s in ranked)
        {
            if (middle.Count < room && s.Salience >= MinimumSalience && topics.Add(s.Topic))
            {
                middle.Add(s);
            }
        }

        var total = middle.Count + (lead is null ? 0 : 1) + (closing is null ? 0 : 1);
        foreach (var s in ranked)
        {
            if (total >= MinimumSentences)
            {
                break;
            }

            if (topics.Add(s.Topic))
            {
                middle.Add(s);
                total++;
            }
        }

        var chosen = new List<Statement>();
        if (lead is not null)
        {
            chosen.Add(lead);
        }

        chosen.AddRange(middle);
        if (closing is not null)
        {
            chosen.Add(closing);
        }

        return chosen;
    }
}
