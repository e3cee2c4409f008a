using Sitrep.Documents;

namespace Sitrep.NerTrain;

/// <summary>A gold mention of a corpus: character span and Sitrep label.</summary>
internal sealed record LabelledSpan(Span Span, string Label);

/// <summary>
/// re3d marks mentions for an analyst, not names for a tagger: pronouns and descriptions ("we",
/// "the regime", "civilians"), determiners ("The UK"), titles around names ("Russian Foreign
/// Minister Sergei Lavrov"), the same span under two types, and nested spans. These rules turn
/// them into flat named-entity spans:
/// 1. a leading determiner (the, a, an), a closing possessive 's and trailing spaces and
///    punctuation are cut off;
/// 2. a span must start as a name does: a capital ("al-" and "el-" prefixes aside) that is not a
///    pronoun ("We", "She"); others are descriptions ("senior officials of the EU") and are
///    dropped, except WEAPON, which re3d only marks as common nouns ("barrel bombs");
/// 3. one span under several types keeps the first of GPE/LOC, NORP, ORG, PERSON, WEAPON;
/// 4. nested spans: an outer span that is itself a name (every word capitalised but of/and/the/
///    for, e.g. "Free Syrian Army", "UN Security Council") wins over what it holds, except a
///    PERSON (whose outer span is a title around the name); otherwise the inner span wins
///    ("the Karrada district of Baghdad" → "Baghdad", "Assad's regime" → "Assad").
/// </summary>
internal static class Re3dSpans
{
    private static readonly string[] Determiners = ["the ", "a ", "an "];
    private static readonly string[] LowerInNames = ["of", "and", "the", "for", "in", "on", "al", "el", "de"];
    private static readonly string[] Pronouns = ["I", "We", "You", "He", "She", "It", "They", "My", "Our", "Your", "His", "Her", "Its", "Their", "Us", "Me", "Him", "Them"];
    private static readonly string[] TypeOrder = ["GPE", "LOC", "NORP", "ORG", "PERSON", "WEAPON"];

    public static List<LabelledSpan> Normalize(string text, IEnumerable<LabelledSpan> raw)
    {
        var cleaned = new Dictionary<Span, string>();
        foreach (LabelledSpan e in raw)
        {
            Span span = Trim(text, e.Span);
            if (span.Length == 0) continue;
            string value = span.TextOf(text);
            if (e.Label != "WEAPON" && !StartsAsName(value)) continue;
            if (!cleaned.TryGetValue(span, out string? existing) || Array.IndexOf(TypeOrder, e.Label) < Array.IndexOf(TypeOrder, existing))
                cleaned[span] = e.Label;
        }
        var spans = cleaned.Select(kv => new LabelledSpan(kv.Key, kv.Value)).ToList();
        bool OuterWins(LabelledSpan e) => e.Label != "PERSON" && IsName(e.Span.TextOf(text));
        // Names that win go first, longest first; then everything else, shortest first.
        var order = spans.Where(OuterWins).OrderByDescending(e => e.Span.Length).ThenBy(e => e.Span.Start)
            .Concat(spans.Where(e => !OuterWins(e)).OrderBy(e => e.Span.Length).ThenBy(e => e.Span.Start));
        var kept = new List<LabelledSpan>();
        foreach (LabelledSpan e in order)
        {
            if (!kept.Any(k => k.Span.Overlaps(e.Span))) kept.Add(e);
        }
        return kept;
    }

    private static Span Trim(string text, Span span)
    {
        int start = span.Start, end = Math.Min(span.End, text.Length);
        // A closing dot goes, but not the one of a dotted acronym ("U.S.").
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' || text[end - 1] == '.' && (end < 3 || text[end - 3] != '.'))) end--;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        if (end - start > 2 && text[end - 1] is 's' && text[end - 2] is '\'' or '\u2019') end -= 2;
        foreach (string d in Determiners)
        {
            if (end - start > d.Length && text.AsSpan(start, d.Length).Equals(d, StringComparison.OrdinalIgnoreCase)) start += d.Length;
        }
        return new Span(start, end);
    }

    private static bool StartsAsName(string value)
    {
        string first = value.Split(' ', 2)[0];
        bool capital = char.IsUpper(first[0]) || first.Length > 3 && first[2] == '-' && char.IsUpper(first[3]) || first.StartsWith("al-", StringComparison.Ordinal);
        return capital && !Pronouns.Contains(first, StringComparer.Ordinal);
    }

    private static bool IsName(string value)
    {
        string[] words = value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || LowerInNames.Contains(w, StringComparer.Ordinal));
    }
}
