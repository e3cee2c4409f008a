using System.Text.RegularExpressions;
using Sitrep.Documents;

namespace Sitrep.Time;

/// <summary>What a rule needs to resolve a match: the text, the publication date and the tense guesser.</summary>
internal sealed class TimeContext(string text, DateOnly? anchor, TenseGuesser tenses, TemporalTaggerOptions options)
{
    public string Text { get; } = text;
    public DateOnly? Anchor { get; } = anchor;
    public TemporalTaggerOptions Options { get; } = options;

    public Tense TenseAt(Span span) => tenses.Guess(Text, span, Options.DefaultTense);
}

/// <summary>One compiled pattern and the function that turns its match into a mention (or rejects it).</summary>
internal sealed record TimeRule(string Name, Regex Pattern, Func<Match, TimeContext, TimeMention?> Read);
