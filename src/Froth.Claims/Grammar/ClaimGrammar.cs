using Froth.Claims.Judging;
using Froth.Claims.Subjects;
using Froth.Claims.Text;

namespace Froth.Claims.Grammar;

/// <summary>
/// The claim grammar: paragraphs and sentences of tokens; in each sentence the subjects named (through the
/// <see cref="SubjectIndex"/>, pronouns and "the index"), the period phrases, and the claim triggers (movement words
/// with figures, ratio words, streak, record, peak, comparison, multiple and level phrases). A claim takes the
/// nearest subject before it in its sentence and the period after it, else the period of the claim before it.
/// </summary>
public static class ClaimGrammar
{
    private static readonly HashSet<string> StreakUnits = ["weekly", "monthly", "daily", "annual", "yearly", "week", "month", "day", "session", "year", "quarterly", "quarter"];
    private static readonly HashSet<string> Straight = ["straight", "consecutive", "successive", "back-to-back"];
    private static readonly HashSet<string> EndWords = ["ending", "ended", "snapping", "snapped", "breaking", "broke", "halting", "halted", "end", "ends", "snap", "snaps", "break", "breaks"];
    private static readonly HashSet<string> CrossVerbs = ["finished", "closed", "ended", "settled", "close", "finish", "closing", "rose", "traded", "went"];
    private static readonly HashSet<string> PeakWords = ["peak", "high", "record", "top", "high."];
    private static readonly HashSet<string> LevelVerbs = ["at", "to"];
    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["trillion"] = 1e12, ["tn"] = 1e12, ["billion"] = 1e9, ["bn"] = 1e9, ["million"] = 1e6, ["mn"] = 1e6, ["m"] = 1e6, ["thousand"] = 1e3,
    };

    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.Ordinal)
    {
        ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rmb"] = "CNY", ["dollars"] = "USD", ["dollar"] = "USD", ["usd"] = "USD", ["hkd"] = "HKD", ["cny"] = "CNY",
    };

    /// <summary>The claim drafts of an article.</summary>
    public static IReadOnlyList<ClaimDraft> Read(string text, SubjectIndex subjects, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(subjects);
        var tokens = Tokenizer.Tokenize(text);
        var drafts = new List<ClaimDraft>();
        var earlier = new List<SubjectMatch>();
        var paragraphs = Paragraphs(text, tokens);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (a, b) = paragraphs[p];
            var line = text[tokens[a].Start..tokens[b - 1].End];
            if (line.Length <= Dateline.MaxLineLength && Dateline.Parse(line) is not null)
            {
                continue; // a dateline
            }

            if (p == 0 && paragraphs.Count > 1 && !line.Contains('\n', StringComparison.Ordinal) && tokens[b - 1].Text is not ("." or "!" or "?"))
            {
                continue; // the headline: it restates the body
            }

            var state = new ParagraphState();
            foreach (var (s, e) in Sentences(text, tokens, a, b))
            {
                Sentence(tokens, s, e, subjects, date, state, earlier, drafts);
            }
        }

        return drafts;
    }

    private sealed class ParagraphState
    {
        public SubjectMatch? Last { get; set; }

        public SubjectMatch? LastIndex { get; set; }

        public PeriodSpec? LastPeriod { get; set; }
    }

    private enum MentionKind
    {
        Named,
        IndexRef,
        Pronoun,
        Group,
    }

    private sealed record Mention(int Pos, int Length, MentionKind Kind, SubjectMatch? Match);

    private sealed record Trigger(int Pos, int Last, ClaimDraft Draft);

    private static void Sentence(IReadOnlyList<Token> t, int a, int b, SubjectIndex subjects, DateOnly date, ParagraphState state, List<SubjectMatch> earlier, List<ClaimDraft> output)
    {
        var used = new bool[b - a];
        bool Used(int k) => used[k - a];
        void Use(int k, int n)
        {
            for (var q = k; q < k + n && q < b; q++)
            {
                used[q - a] = true;
            }
        }

        // Subjects.
        var mentions = new List<Mention>();
        for (var k = a; k < b; k++)
        {
            if (subjects.At(t, k, b) is { } m)
            {
                mentions.Add(new Mention(k, m.Length, MentionKind.Named, m));
                Use(k, m.Length);
                k += m.Length - 1;
                continue;
            }

            var w = t[k].Lower;
            if (w == "the" && k + 1 < b && Lexicon.IndexNouns.Contains(t[k + 1].Lower))
            {
                mentions.Add(new Mention(k, 2, MentionKind.IndexRef, null));
                Use(k, 2);
                k++;
            }
            else if ((w is "all" or "each") && k + 2 < b && t[k + 1].Lower == "of" && t[k + 2].Lower == "them")
            {
                mentions.Add(new Mention(k, 3, MentionKind.Group, null));
                Use(k, 3);
                k += 2;
            }
            else if (w is "it" or "its" or "whose" or "which" or "they" or "their")
            {
                mentions.Add(new Mention(k, 1, MentionKind.Pronoun, null));
            }
        }

        // Periods.
        var periods = new List<(int Pos, int Length, PeriodSpec Spec)>();
        for (var k = a; k < b; k++)
        {
            if (!Used(k) && PeriodPhrases.At(t, k, b) is { } p)
            {
                periods.Add((k, p.Length, p.Spec));
                Use(k, p.Length);
                k += p.Length - 1;
            }
        }

        // Triggers.
        var triggers = new List<Trigger>();
        for (var k = a; k < b; k++)
        {
            if (Used(k))
            {
                continue;
            }

            if (TryTrigger(t, k, b, a, date, Used) is { } trig)
            {
                triggers.Add(trig);
                Use(trig.Pos, trig.Last - trig.Pos + 1);
                k = trig.Last;
            }
        }

        // Figures nothing else read.
        for (var k = a; k < b; k++)
        {
            var tk = t[k];
            if (Used(k) || tk.Kind != TokenKind.Number || tk.IsYear || !(tk.Percent || tk.Currency is not null || tk.Decimals > 0 || tk.Text.Contains(',', StringComparison.Ordinal)))
            {
                continue;
            }

            var previousMove = triggers.LastOrDefault(x => x.Pos < k && x.Draft.Kind == ClaimKind.Move && x.Draft.Figure is not null);
            var kind = tk.Percent && previousMove is not null ? ClaimKind.Move : ClaimKind.Figure;
            var (hedge, first) = HedgeBefore(t, k, a);
            var draft = new ClaimDraft
            {
                Kind = kind,
                Start = t[first].Start,
                End = tk.End,
                Figure = new StatedFigure(Math.Abs(tk.Value), tk.Decimals, hedge, previousMove?.Draft.Direction ?? 0),
                Direction = previousMove?.Draft.Direction ?? 0,
            };
            triggers.Add(new Trigger(first, k, draft));
            Use(k, 1);
        }

        triggers.Sort((x, y) => x.Pos.CompareTo(y.Pos));
        var forecastAt = Enumerable.Range(a, b - a).FirstOrDefault(k => Lexicon.ForecastWords.Contains(t[k].Lower), -1);
        PeriodSpec? sentencePeriod = null;
        for (var i = 0; i < triggers.Count; i++)
        {
            var trig = triggers[i];
            var d = trig.Draft;
            var next = i + 1 < triggers.Count ? triggers[i + 1].Pos : b;
            var previous = i > 0 ? triggers[i - 1].Last : a - 1;
            var after = periods.FirstOrDefault(p => p.Pos > trig.Last && p.Pos < next && p.Pos - trig.Last <= 8 && p.Spec.Kind != PeriodKind.PreviousSession);
            var before = periods.LastOrDefault(p => p.Pos < trig.Pos && p.Pos > previous);
            var own = after.Spec ?? before.Spec;
            var end = d.End;
            if (after.Spec is not null)
            {
                end = t[after.Pos + after.Length - 1].End;
            }

            if (own is { Kind: PeriodKind.Same })
            {
                own = sentencePeriod ?? state.LastPeriod;
            }

            if (own is null && d.Kind == ClaimKind.Compare)
            {
                // "All of them have beaten the Nasdaq 100, which has gained 1.4% in 2026": the period comes after.
                own = periods.FirstOrDefault(p => p.Pos > trig.Last && p.Spec.Kind is not (PeriodKind.PreviousSession or PeriodKind.Same)).Spec;
            }

            d.Period = own ?? d.Period ?? sentencePeriod;
            if (own is not null && own.Kind != PeriodKind.PreviousSession)
            {
                sentencePeriod = own;
                state.LastPeriod = own;
            }
            else if (own is { Kind: PeriodKind.PreviousSession })
            {
                d.Period = sentencePeriod is null ? own : own with { Weekday = sentencePeriod.Weekday, Text = own.Text };
            }

            d.Forecast = (forecastAt >= 0 && forecastAt < trig.Pos) || d.Period is { Kind: PeriodKind.Future }
                || (d.Period is { Kind: PeriodKind.CalendarYear } py && py.Year > date.Year);

            // Subject: the nearest before the trigger.
            var mention = mentions.LastOrDefault(m => m.Pos < trig.Pos && m.Kind != MentionKind.Group && !(d.Kind == ClaimKind.Compare && m.Pos > trig.Pos));
            var group = mentions.LastOrDefault(m => m.Pos < trig.Pos && m.Kind == MentionKind.Group);
            if (d.Kind == ClaimKind.Compare)
            {
                var obj = mentions.FirstOrDefault(m => m.Pos > trig.Pos && m.Kind == MentionKind.Named);
                d.Subject = obj?.Match;
                if (group is not null)
                {
                    d.Group = [.. earlier.Where(s => obj?.Match is null || !s.Symbols.SequenceEqual(obj.Match.Symbols))];
                }
                else if (Resolve(mention, mentions, state) is { } one)
                {
                    d.Group = [one];
                }

                if (obj is null)
                {
                    continue; // "Hong Kong lagged.": a comparison with nothing named to compare with is no claim
                }

                end = Math.Max(end, t[obj.Pos + obj.Length - 1].End);
                d.NoSubject = d.Group.Count == 0 ? "no subject for the comparison" : obj is null ? "nothing to compare with" : null;
            }
            else
            {
                d.Subject = Resolve(mention, mentions, state);
                if (d.Subject is null)
                {
                    d.NoSubject = mention is null ? "no subject: the sentence names no market or series" : $"no subject: '{string.Join(' ', Enumerable.Range(mention.Pos, mention.Length).Select(k => t[k].Text))}' refers to nothing named before it";
                }
            }

            if (mention is not null && d.Kind != ClaimKind.Compare && mention.Pos >= previous && trig.Pos - (mention.Pos + mention.Length) <= 6
                && !Enumerable.Range(mention.Pos + mention.Length, Math.Max(0, trig.Pos - mention.Pos - mention.Length)).Any(k => t[k].Kind == TokenKind.Punctuation))
            {
                d = d with { Start = t[mention.Pos].Start };
            }
            else if (group is not null && d.Kind == ClaimKind.Compare)
            {
                d = d with { Start = t[group.Pos].Start };
            }

            d = d with { End = end };
            if (d.Subject is { } subject)
            {
                state.Last = subject;
                if (subjects.Stored.TryGetValue(subject.Symbols[0], out var inst) && inst.Kind == Froth.Series.InstrumentKind.Index)
                {
                    state.LastIndex = subject;
                }

                if (!earlier.Any(e => e.Symbols.SequenceEqual(subject.Symbols)))
                {
                    earlier.Add(subject);
                }
            }

            output.Add(d);
        }

        foreach (var m in mentions.Where(m => m.Kind == MentionKind.Named))
        {
            state.Last = m.Match;
            if (subjects.Stored.TryGetValue(m.Match!.Symbols[0], out var inst) && inst.Kind == Froth.Series.InstrumentKind.Index)
            {
                state.LastIndex = m.Match;
            }
        }
    }

    private static SubjectMatch? Resolve(Mention? mention, List<Mention> mentions, ParagraphState state)
    {
        if (mention is null)
        {
            return null;
        }

        return mention.Kind switch
        {
            MentionKind.Named => mention.Match,
            MentionKind.IndexRef => mentions.LastOrDefault(m => m.Pos < mention.Pos && m.Kind == MentionKind.Named)?.Match is { } named && state.LastIndex == named ? named : state.LastIndex,
            MentionKind.Pronoun => mentions.LastOrDefault(m => m.Pos < mention.Pos && m.Kind is MentionKind.Named)?.Match ?? (mentions.LastOrDefault(m => m.Pos < mention.Pos && m.Kind == MentionKind.IndexRef) is not null ? state.LastIndex : state.Last),
            _ => null,
        };
    }

    private static (Hedge Hedge, int First) HedgeBefore(IReadOnlyList<Token> t, int k, int a)
    {
        var j = k - 1;
        while (j >= a && t[j].Lower is "the" or "a" or "an" or "just" or "only" or "by" or "still")
        {
            j--;
        }

        if (j >= a)
        {
            var w = t[j].Lower;
            var two = j - 1 >= a ? t[j - 1].Lower + " " + w : string.Empty;
            if (two is "more than" or "greater than" or "higher than")
            {
                return (Hedge.MoreThan, j - 1);
            }

            if (two is "less than" or "fewer than" or "lower than")
            {
                return (Hedge.LessThan, j - 1);
            }

            if (two is "at least")
            {
                return (Hedge.AtLeast, j - 1);
            }

            if (two is "close to")
            {
                return (Hedge.About, j - 1);
            }

            switch (w)
            {
                case "about" or "around" or "some" or "roughly" or "approximately" or "approx" or "circa" or "nearly-" or "~":
                    return (Hedge.About, j);
                case "nearly" or "almost":
                    return (Hedge.Nearly, j);
                case "over" or "above":
                    return (Hedge.MoreThan, j);
                case "under" or "below":
                    return (Hedge.LessThan, j);
            }
        }

        return (Hedge.None, k);
    }

    private static bool IsFigure(Token token) => token.Kind == TokenKind.Number && !token.IsYear;

    private static Trigger? TryTrigger(IReadOnlyList<Token> t, int k, int b, int a, DateOnly date, Func<int, bool> used)
    {
        var w = t[k].Lower;
        int Skip(int j)
        {
            while (j < b && !used(j) && Lexicon.Fillers.Contains(t[j].Lower))
            {
                j++;
            }

            return j;
        }

        // Streaks: "its sixth straight weekly gain", "seventh monthly gain in a row", "first monthly loss since April".
        if (Lexicon.IsOrdinal(w) && Lexicon.Count(w) is { } ordinal)
        {
            var j = k + 1;
            if (j < b && Straight.Contains(t[j].Lower))
            {
                j++;
            }

            if (j + 1 < b && StreakUnits.Contains(t[j].Lower) && Lexicon.Direction(t[j + 1].Lower) is var dir and not 0)
            {
                var last = j + 1;
                if (last + 3 < b && t[last + 1].Lower == "in" && t[last + 2].Lower == "a" && t[last + 3].Lower == "row")
                {
                    last += 3;
                }

                (DateOnly, DateOnly)? since = null;
                if (last + 1 < b && t[last + 1].Lower == "since" && PeriodPhrases.DateAt(t, last + 2, b, date) is { } s)
                {
                    since = (s.First, s.Last);
                    last += 1 + s.Length;
                }

                var draft = new ClaimDraft { Kind = ClaimKind.Streak, Start = t[k].Start, End = t[last].End, Count = ordinal, Unit = UnitOf(t[j].Lower), Direction = dir, Since = since };
                return new Trigger(k, last, draft);
            }

            // "the first decline since 2015": the unit is the series' own frequency.
            if (ordinal == 1 && j + 2 < b && Lexicon.MoveNouns.Contains(t[j].Lower) && t[j + 1].Lower == "since" && PeriodPhrases.DateAt(t, j + 2, b, date) is { } s1)
            {
                var first = k > a && t[k - 1].Lower is "the" or "its" or "their" ? k - 1 : k;
                var last = j + 1 + s1.Length;
                var draft = new ClaimDraft { Kind = ClaimKind.Streak, Start = t[first].Start, End = t[last].End, Count = 1, Unit = null, Direction = Lexicon.Direction(t[j].Lower), Since = (s1.First, s1.Last) };
                return new Trigger(first, last, draft);
            }
        }

        // "a five-month winning streak", "ending a 5-week losing run".
        var dash = w.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Lexicon.Count(w) is { } n && StreakUnits.Contains(w[(dash + 1)..]) && k + 2 < b
            && t[k + 1].Lower is "winning" or "losing" or "rising" or "falling" && t[k + 2].Lower is "streak" or "run" or "stretch")
        {
            var ended = k - 2 >= a && (EndWords.Contains(t[k - 1].Lower) || EndWords.Contains(t[k - 2].Lower));
            var first = ended ? (EndWords.Contains(t[k - 1].Lower) ? k - 1 : k - 2) : k;
            var draft = new ClaimDraft
            {
                Kind = ClaimKind.Streak, Start = t[first].Start, End = t[k + 2].End, Count = n, Unit = UnitOf(w[(dash + 1)..]),
                Direction = t[k + 1].Lower is "winning" or "rising" ? 1 : -1, Ended = ended,
            };
            return new Trigger(first, k + 2, draft);
        }

        // Records.
        if (w == "record" || (w == "all-time" && k + 1 < b && t[k + 1].Lower is "high" or "low"))
        {
            var last = k;
            StatedFigure? level = null;
            var j = k + 1;
            if (j < b && t[j].Lower is "close" or "high" or "closing" or "level" or "finish" or "low")
            {
                last = j;
                j++;
                if (j < b && t[j].Lower == "high")
                {
                    last = j++;
                }
            }

            if (j + 1 < b && t[j].Lower == "of" && IsFigure(t[j + 1]))
            {
                level = new StatedFigure(t[j + 1].Value, t[j + 1].Decimals, Hedge.None, 0);
                last = j + 1;
            }

            var first = k > a && t[k - 1].Lower is "a" or "an" ? k - 1 : k;
            if (first > a && t[first - 1].Lower == "at" && first - 1 > a && t[first - 2].Lower is "closed" or "finished" or "ended" or "settled")
            {
                first -= 2;
            }

            return new Trigger(first, last, new ClaimDraft { Kind = ClaimKind.Record, Start = t[first].Start, End = t[last].End, Figure = level, Extreme = w == "all-time" && t[k + 1].Lower == "low" ? -1 : 1 });
        }

        if (w is "highest" or "lowest" or "strongest" or "weakest")
        {
            var j = k + 1;
            while (j < b && t[j].Lower is "close" or "closing" or "level" or "finish" or "point" or "reading" or "value")
            {
                j++;
            }

            if (j < b && t[j].Lower == "since" && PeriodPhrases.DateAt(t, j + 1, b, date) is { } s)
            {
                var first = k > a && t[k - 1].Lower is "its" or "their" or "the" ? k - 1 : k;
                var draft = new ClaimDraft { Kind = ClaimKind.HighestSince, Start = t[first].Start, End = t[j + s.Length].End, Since = (s.First, s.Last), Extreme = w is "highest" or "strongest" ? 1 : -1 };
                return new Trigger(first, j + s.Length, draft);
            }
        }

        if (w == "first" && k + 3 < b && CrossVerbs.Contains(t[k + 1].Lower) && t[k + 2].Lower is "above" or "below" && IsFigure(t[k + 3]))
        {
            var draft = new ClaimDraft
            {
                Kind = ClaimKind.FirstCross, Start = t[k].Start, End = t[k + 3].End,
                Figure = new StatedFigure(t[k + 3].Value, t[k + 3].Decimals, Hedge.None, t[k + 2].Lower == "above" ? 1 : -1),
                Direction = t[k + 2].Lower == "above" ? 1 : -1,
            };
            return new Trigger(k, k + 3, draft);
        }

        // A figure: below its peak, a multiple, a level, a move noun after it.
        if (IsFigure(t[k]))
        {
            var fig = t[k];
            var (hedge, first) = HedgeBefore(t, k, a);
            var stated = new StatedFigure(Math.Abs(fig.Value), fig.Decimals, hedge, 0);
            if (fig.Percent && k + 2 < b && t[k + 1].Lower is "below" or "under" or "off" or "from")
            {
                var j = k + 2;
                if (t[j].Lower is "its" or "the" or "their")
                {
                    j++;
                }

                (DateOnly, DateOnly)? on = null;
                if (PeriodPhrases.DateAt(t, j, b, date) is { } pd)
                {
                    on = (pd.First, pd.Last);
                    j += pd.Length;
                }

                if (j < b && PeakWords.Contains(t[j].Lower))
                {
                    var draft = new ClaimDraft { Kind = ClaimKind.BelowPeak, Start = t[first].Start, End = t[j].End, Figure = stated with { Direction = -1 }, Direction = -1, Since = on };
                    return new Trigger(first, j, draft);
                }
            }

            if (!fig.Percent && k + 1 < b && t[k + 1].Lower is "times" or "x")
            {
                var j = k + 1;
                var forward = false;
                var last = j;
                while (j + 1 < b && t[j + 1].Lower is "forward" or "trailing" or "its" or "expected" or "earnings" or "profits" or "sales" or "book" or "estimated")
                {
                    j++;
                    forward |= t[j].Lower is "forward" or "expected" or "estimated";
                    last = j;
                }

                var sentenceForward = Enumerable.Range(a, b - a).Any(q => t[q].Lower is "forward");
                return new Trigger(first, last, new ClaimDraft { Kind = ClaimKind.Multiple, Start = t[first].Start, End = t[last].End, Figure = stated, Forward = forward || sentenceForward });
            }

            if (fig.Percent && k + 1 < b && Lexicon.MoveNouns.Contains(t[k + 1].Lower))
            {
                var dir = Lexicon.Direction(t[k + 1].Lower);
                var start = first > a && t[first - 1].Lower is "a" or "an" ? first - 1 : first;
                return new Trigger(start, k + 1, new ClaimDraft { Kind = ClaimKind.Move, Start = t[start].Start, End = t[k + 1].End, Figure = stated with { Direction = dir }, Direction = dir });
            }

            if (!fig.Percent && first - 1 >= a && LevelVerbs.Contains(t[first - 1].Lower))
            {
                var last = k;
                var scale = 1.0;
                if (k + 1 < b && Scales.TryGetValue(t[k + 1].Lower, out var sc))
                {
                    scale = sc;
                    last = k + 1;
                }

                string? currency = fig.Currency;
                if (last + 1 < b && CurrencyWords.TryGetValue(t[last + 1].Lower, out var cw))
                {
                    currency = cw;
                    last++;
                }

                var start = first - 1 > a && t[first - 2].Lower is "stands" or "stood" or "standing" or "was" or "is" or "closed" or "ended" or "finished" or "reached" ? first - 2 : first - 1;
                return new Trigger(start, last, new ClaimDraft { Kind = ClaimKind.Level, Start = t[start].Start, End = t[last].End, Figure = stated, Scale = scale, Currency = currency });
            }
        }

        // Ratio words: "doubled", "more than doubled", "a 3-fold rise".
        if (Lexicon.Multipliers.TryGetValue(w, out var multiple) || (w.EndsWith("-fold", StringComparison.Ordinal) && Lexicon.Count(w) is { } nf && (multiple = nf) > 0))
        {
            var (hedge, first) = HedgeBefore(t, k, a);
            return new Trigger(first, k, new ClaimDraft { Kind = ClaimKind.Move, Start = t[first].Start, End = t[k].End, Multiple = multiple, Direction = 1, Figure = new StatedFigure(multiple, 0, hedge, 1) });
        }

        if (w is "halved")
        {
            return new Trigger(k, k, new ClaimDraft { Kind = ClaimKind.Move, Start = t[k].Start, End = t[k].End, Multiple = 0.5, Direction = -1, Figure = new StatedFigure(0.5, 0, Hedge.None, -1) });
        }

        if (w == "double-digit" && k + 1 < b && Lexicon.Direction(t[k + 1].Lower) is var ddir and not 0)
        {
            return new Trigger(k, k + 1, new ClaimDraft { Kind = ClaimKind.Move, Start = t[k].Start, End = t[k + 1].End, DoubleDigit = true, Direction = ddir });
        }

        // Comparisons.
        if (Lexicon.CompareVerbs.TryGetValue(w, out var sense))
        {
            var first = k > a && t[k - 1].Lower is "have" or "has" or "had" ? k - 1 : k;
            return new Trigger(first, k, new ClaimDraft { Kind = ClaimKind.Compare, Start = t[first].Start, End = t[k].End, Sense = sense });
        }

        // Movement words with a figure, "slightly", or alone before a period.
        var direction = Lexicon.Direction(w);
        if (w == "edged" && k + 1 < b && t[k + 1].Lower is "up" or "higher" or "down" or "lower")
        {
            direction = Lexicon.Direction(t[k + 1].Lower);
            k++;
        }

        if (direction != 0)
        {
            var start = w == "edged" ? k - 1 : k;
            var slight = (k > a && Lexicon.SlightWords.Contains(t[k - 1].Lower)) || (k + 1 < b && Lexicon.SlightWords.Contains(t[k + 1].Lower));
            if (k > a && Lexicon.SlightWords.Contains(t[k - 1].Lower))
            {
                start = k - 1;
            }

            if (k > a + 1 && t[k - 1].Lower == "of" && t[k - 2].Lower is "gain" or "loss" or "rise" or "drop" or "increase" or "decline")
            {
                direction = Lexicon.Direction(t[k - 2].Lower);
            }

            if (slight)
            {
                var last = k + 1 < b && Lexicon.SlightWords.Contains(t[k + 1].Lower) ? k + 1 : k;
                return new Trigger(start, last, new ClaimDraft { Kind = ClaimKind.Move, Start = t[start].Start, End = t[last].End, Slightly = true, Direction = direction });
            }

            var j = Skip(k + 1);
            if (j < b && Lexicon.MoveNouns.Contains(t[j].Lower) && j + 1 < b && t[j + 1].Lower == "of")
            {
                j = Skip(j + 2);
            }

            var (hedge, hedgeFirst) = (Hedge.None, j);
            var h = j;
            while (h < b && !IsFigure(t[h]) && h - j < 3 && t[h].Kind == TokenKind.Word)
            {
                h++;
            }

            if (h < b && IsFigure(t[h]) && t[h].Percent && !used(h))
            {
                (hedge, hedgeFirst) = HedgeBefore(t, h, k + 1);
                if (hedgeFirst == h && h != j)
                {
                    return null;
                }

                var fig = t[h];
                return new Trigger(start, h, new ClaimDraft
                {
                    Kind = ClaimKind.Move, Start = t[start].Start, End = fig.End, Direction = direction,
                    Figure = new StatedFigure(Math.Abs(fig.Value), fig.Decimals, hedge, direction),
                });
            }

            if (j < b && Lexicon.Multipliers.ContainsKey(t[j].Lower))
            {
                return null;
            }

            var isVerb = w.EndsWith("ed", StringComparison.Ordinal) || w is "fell" or "rose" or "lost" or "slid" or "sank" or "shrank" or "grew" or "shed" or "up" or "down";
            if (isVerb && k + 1 < b && used(k + 1) && PeriodPhrases.At(t, k + 1, b) is { } p && p.Spec.Kind is not (PeriodKind.Same or PeriodKind.Missing or PeriodKind.Future))
            {
                return new Trigger(start, k, new ClaimDraft { Kind = ClaimKind.Move, Start = t[start].Start, End = t[k].End, Direction = direction });
            }
        }

        return null;
    }

    private static string UnitOf(string word) => word switch
    {
        "weekly" or "week" => "week",
        "monthly" or "month" => "month",
        "annual" or "yearly" or "year" => "year",
        "quarterly" or "quarter" => "quarter",
        _ => "session",
    };

    private static List<(int Start, int End)> Paragraphs(string text, IReadOnlyList<Token> tokens)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || BlankLineBetween(text, tokens[i - 1].End, tokens[i].Start))
            {
                if (i > start)
                {
                    result.Add((start, i));
                }

                start = i;
            }
        }

        return result;
    }

    private static bool BlankLineBetween(string text, int from, int to)
    {
        var lines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++lines >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(int Start, int End)> Sentences(string text, IReadOnlyList<Token> tokens, int a, int b)
    {
        var start = a;
        for (var i = a; i < b; i++)
        {
            var tk = tokens[i];
            var stop = tk.Kind == TokenKind.Punctuation && tk.Text is "." or "!" or "?" or ";" && (tk.End >= text.Length || char.IsWhiteSpace(text[tk.End]));
            var newline = i + 1 < b && text.AsSpan(tk.End, tokens[i + 1].Start - tk.End).Contains('\n');
            if (stop || newline || i == b - 1)
            {
                yield return (start, i + 1);
                start = i + 1;
            }
        }
    }
}
