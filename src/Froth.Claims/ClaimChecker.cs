using Froth.Analysis;
using Froth.Claims.Grammar;
using Froth.Claims.Judging;
using Froth.Claims.Subjects;
using Froth.Claims.Text;

namespace Froth.Claims;

/// <summary>
/// The claim checker: every numeric market or macro claim of an article, checked against the data as of the
/// publication date, each with its verdict, computation and evidence (docs/claims.md).
/// </summary>
public static class ClaimChecker
{
    /// <summary>Checks the claims of <paramref name="text"/> (plain text, or HTML, which is stripped to its text).</summary>
    /// <param name="workspace">The workspace whose market data the claims are checked against.</param>
    /// <param name="text">The article.</param>
    /// <param name="date">The publication date, or <see langword="null"/> to take it from a dateline in the text.</param>
    /// <returns>The claims in text order; offsets refer to <see cref="PlainText.From"/> of the text.</returns>
    /// <exception cref="FrothException">No date was given and the text has no dateline.</exception>
    public static CheckResult Check(Workspace workspace, string text, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(text);
        var plain = PlainText.From(text);
        var source = date is null ? "dateline" : "option";
        var asOf = date ?? Dateline.Find(plain)
            ?? throw new FrothException("The article has no dateline (such as '23 January 2026', 'October 31, 2025' or 'Oct.31 2025') and no date was given; pass the publication date with --date yyyy-MM-dd.");
        var index = new SubjectIndex(workspace.Market);
        var judge = new ClaimJudge(workspace, index, asOf, plain);
        var claims = ClaimGrammar.Read(plain, index, asOf).Select(judge.Judge).OrderBy(c => c.Start).ToList();
        return new CheckResult(asOf, source, claims);
    }
}
