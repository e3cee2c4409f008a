using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// News style often names a source by post and then by name, set off by commas before the verb:
/// "Police Public Relations Officer (PPRO), SP Shehu Mohammed, confirmed ...". The post opens the
/// sentence; the name between the commas is another way to print the same source. Read from the
/// punctuation alone, so it holds however the parser attached the verb.
/// </summary>
internal static class AppositiveSources
{
    private const int MaxWords = 8;

    private static readonly char[] Breaks = [',', ';', ':', '"', '\u201C', '\u201D', '\u2014', '\u2013'];

    /// <summary>The post opening the sentence when the verb follows "POST, NAME,"; null otherwise.</summary>
    public static Span? Post(string text, Span cue, Span sentence)
    {
        if (NameBefore(text, cue.Start, sentence) is not Span name) return null;
        int comma = name.Start - 1;
        while (comma > sentence.Start && text[comma] != ',') comma--;
        int start = sentence.Start;
        while (start < comma && char.IsWhiteSpace(text[start])) start++;
        if (comma <= start) return null;
        ReadOnlySpan<char> post = text.AsSpan(start, comma - start).TrimEnd();
        if (post.IsEmpty || post.IndexOfAny(Breaks) >= 0 || WordCount(post) > MaxWords) return null;
        return new Span(start, start + post.Length);
    }

    /// <summary>
    /// The subject opening the sentence when a relative clause set off by commas stands between it and the verb: "The
    /// Pakistani Taliban, which has carried out many attacks, denied involvement". Null when the verb does not follow
    /// such an aside.
    /// </summary>
    public static Span? BeforeRelative(string text, Span cue, Span sentence)
    {
        int end = cue.Start;
        while (end > sentence.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= sentence.Start || text[end - 1] != ',') return null;
        int aside = -1;
        foreach (string pronoun in RelativePronouns)
        {
            int at = text.IndexOf(pronoun, sentence.Start, end - sentence.Start, StringComparison.Ordinal);
            if (at >= 0 && (aside < 0 || at < aside)) aside = at;
        }
        int start = sentence.Start;
        while (start < aside && char.IsWhiteSpace(text[start])) start++;
        if (aside <= start || WordCount(text.AsSpan(start, aside - start)) > MaxWords) return null;
        return new Span(start, aside);
    }

    private static readonly string[] RelativePronouns = [", which ", ", who "];

    /// <summary>The name set off by commas between a source phrase ending at <paramref name="from"/> and its verb, or null.</summary>
    public static string? Name(string text, int from, Span cue, Span sentence)
    {
        if (NameBefore(text, cue.Start, sentence) is not Span name) return null;
        // Only the comma that closes the source phrase may stand between it and the name.
        ReadOnlySpan<char> gap = text.AsSpan(from, Math.Max(0, name.Start - from)).Trim();
        return gap.SequenceEqual(",") ? text.Substring(name.Start, name.Length) : null;
    }

    // ", NAME," right before the verb: a capitalised phrase of a few words with no punctuation of its own.
    private static Span? NameBefore(string text, int verb, Span sentence)
    {
        int end = verb;
        while (end > sentence.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= sentence.Start || text[end - 1] != ',') return null;
        int close = end - 1, start = close;
        while (start > sentence.Start && Array.IndexOf(Breaks, text[start - 1]) < 0) start--;
        if (start <= sentence.Start || text[start - 1] != ',') return null;
        while (start < close && char.IsWhiteSpace(text[start])) start++;
        ReadOnlySpan<char> name = text.AsSpan(start, close - start).TrimEnd();
        if (name.IsEmpty || !char.IsUpper(name[0]) || WordCount(name) > MaxWords) return null;
        return new Span(start, start + name.Length);
    }

    private static int WordCount(ReadOnlySpan<char> s) => s.Count(' ') + 1;
}
