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

/// <summary>The words (lower case, first word of a phrase) a rule's match can begin with, and whether it can begin with a digit.</summary>
internal sealed record RuleTriggers(IReadOnlySet<string> Words, bool OnDigits);

/// <summary>
/// One compiled pattern, anchored (\G) where a trigger word starts, and the function that turns
/// its match into a mention (or rejects it).
/// </summary>
internal sealed record TimeRule(string Name, RuleTriggers Triggers, Regex Pattern, Func<Match, TimeContext, TimeMention?> Read);
