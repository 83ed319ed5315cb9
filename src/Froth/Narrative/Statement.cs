namespace Froth.Narrative;

/// <summary>A candidate sentence for a headline: what it is about and how newsworthy it is.</summary>
/// <param name="Topic">What the sentence is about (<c>lead</c>, <c>record</c>, <c>streak</c>, <c>relative</c>, <c>valuation</c>,
/// <c>bubble</c>, <c>verdict</c>…); a headline states each topic at most once.</param>
/// <param name="Salience">How newsworthy, on a 0–100 scale (<see cref="Salience"/> documents the rules).</param>
/// <param name="Sentence">The sentence.</param>
public sealed record Statement(string Topic, double Salience, Sentence Sentence);
