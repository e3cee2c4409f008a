using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Numbers;
using Sitrep.Pipeline;

namespace Sitrep.Time;

/// <summary>
/// Finds temporal expressions in raw text and normalises them to TIMEX3 against the publication
/// date (Document.Metadata.Published): "on Wednesday" in a past-tense report published Friday
/// 2025-06-06 is 2025-06-04. Works on the text alone (compiled patterns built from the lexicons),
/// guessing the governing verb's tense from nearby cue words, so it needs no tokens.
/// Where patterns overlap, the longest match wins.
/// </summary>
public sealed class TemporalTagger : IPipelineStage
{
    public static LayerKey<TimeMention> Layer { get; } = new("time", allowsOverlap: false);

    private readonly TimeRules _rules;
    private readonly TenseGuesser _tenses;

    public TemporalTagger(TemporalTaggerOptions? options = null, TimeLexicon? lexicon = null, NumberLexicon? numbers = null)
    {
        Options = options ?? TemporalTaggerOptions.Default;
        TimeLexicon lex = lexicon ?? TimeLexicon.Default;
        // Compiling the patterns costs milliseconds, so taggers over the shipped lexicons share one set.
        _rules = lexicon is null && numbers is null ? TimeRules.Default : new TimeRules(lex, numbers ?? NumberLexicon.Default);
        _tenses = new TenseGuesser(lex);
    }

    public TemporalTaggerOptions Options { get; }

    public string Name => "time";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        DateOnly? anchor = document.Metadata.Published ?? (document.Metadata.PublishedAt is DateTimeOffset at ? DateOnly.FromDateTime(at.Date) : null);
        return document.With(Layer, Tag(document.Text, anchor, cancellationToken));
    }

    /// <summary>The temporal expressions of <paramref name="text"/>, in text order, without overlaps.</summary>
    /// <param name="anchor">The publication date; when null relative expressions keep unresolved values (XXXX-WXX-3).</param>
    public ImmutableArray<TimeMention> Tag(string text, DateOnly? anchor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new TimeContext(text, anchor, _tenses, Options);
        var candidates = new List<TimeMention>();
        using TextTokens tokens = TextTokens.Scan(text, _rules, cancellationToken);
        int triggers = 0;
        for (int k = 0; k < tokens.Count; k++)
        {
            ImmutableArray<TimeRule> rules;
            if (tokens.IsDigits(k)) rules = _rules.DigitRules;
            else if (tokens.Entry(k) is WordEntry { Rules.IsEmpty: false } entry)
            {
                if ((entry.Marks & WordEntry.Article) != 0 && !BeginsExpression(tokens, k)) continue;
                rules = entry.Rules;
            }
            else continue;
            if ((++triggers & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            int start = tokens.Start(k);
            foreach (TimeRule rule in rules)
            {
                if (rule.Gate is RuleGate gate && !gate.Admits(text, tokens, k, rule.GateBit)) continue;
                Match m = rule.Pattern.Match(text, start);
                if (!m.Success || m.Length == 0) continue;
                TimeMention? mention = rule.Read(m, context);
                if (mention is not null && !mention.Span.IsEmpty) candidates.Add(mention);
            }
        }
        List<TimeMention> selected = Select(candidates);
        ReportingFrame.Apply(text, selected);
        return [.. selected.Select(c => WithSince(text, c, anchor))];
    }

    /// <summary>Whether the article at token <paramref name="k"/> is followed closely by a temporal word or a number.</summary>
    private static bool BeginsExpression(TextTokens tokens, int k) =>
        k + 1 < tokens.Count && tokens.Start(k + 1) - tokens.End(k) <= 3
        && (tokens.IsDigits(k + 1) || (tokens.Marks(k + 1) & WordEntry.ArticleFollower) != 0);

    /// <summary>Keeps the longest of overlapping candidates (the earlier on ties), in text order.</summary>
    private static List<TimeMention> Select(List<TimeMention> candidates)
    {
        candidates.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var kept = new List<TimeMention>(candidates.Count);
        foreach (TimeMention c in candidates)
        {
            if (kept.Count > 0 && kept[^1].Span.Overlaps(c.Span))
            {
                if (c.Span.Length > kept[^1].Span.Length) kept[^1] = c;
                continue;
            }
            kept.Add(c);
        }
        // Replacing a kept item can make it overlap the one before; drop the shorter again.
        var result = new List<TimeMention>(kept.Count);
        foreach (TimeMention c in kept)
        {
            if (result.Count > 0 && result[^1].Span.Overlaps(c.Span))
            {
                if (c.Span.Length > result[^1].Span.Length) result[^1] = c;
                continue;
            }
            result.Add(c);
        }
        return result;
    }

    /// <summary>"since 2012": the expression keeps its value, and its interval runs on to publication.</summary>
    private static TimeMention WithSince(string text, TimeMention mention, DateOnly? anchor)
    {
        if (mention.Type != TimexType.DATE || mention.Start is not DateOnly start || anchor is not DateOnly a || start > a) return mention;
        int e = mention.Span.Start;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        if (e < 5 || !text.AsSpan(e - 5, 5).Equals("since", StringComparison.OrdinalIgnoreCase) || (e > 5 && char.IsLetter(text[e - 6])))
            return mention;
        return mention with { End = a, Precision = DatePrecision.Range };
    }
}
