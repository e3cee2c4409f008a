using System.Globalization;
using Sitrep.Lexicons;

namespace Sitrep.Numbers;

/// <summary>
/// Reads one number written in digits ("1,000", "2.5 million") or words ("twenty-five",
/// "three hundred and twenty"), and supplies the regex fragment that finds such numbers.
/// </summary>
public sealed class NumberGrammar
{
    private readonly NumberLexicon _lexicon;

    public NumberGrammar(NumberLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
        string word = RegexWords.Alternation(lexicon.WordValues.Keys);
        string scale = RegexWords.Alternation(lexicon.Scales.Keys);
        string digits = @"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|(?<![\d.,])\d+(?:\.\d+)?";
        WordsPattern = $@"\b{word}(?:(?:[\s-]+|\s+and\s+){word})*\b";
        Pattern = $@"(?:(?:{digits})(?:\s*{scale}\b)?|{WordsPattern})";
    }

    /// <summary>A regex fragment (no captures) matching one number.</summary>
    public string Pattern { get; }

    /// <summary>A regex fragment matching a number written only in words.</summary>
    public string WordsPattern { get; }

    /// <summary>The value of a number the pattern matched; null when it is not one (or overflows).</summary>
    public decimal? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty) return null;
        if (char.IsAsciiDigit(text[0])) return ParseDigits(text);
        return ParseWords(text);
    }

    private decimal? ParseDigits(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.')) end++;
        Span<char> buffer = stackalloc char[Math.Min(end, 64)];
        int n = 0;
        foreach (char c in text[..end])
        {
            if (c == ',') continue;
            if (n == buffer.Length) return null;
            buffer[n++] = c;
        }
        if (!decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)) return null;
        string rest = RegexWords.Normalise(text[end..]);
        if (rest.Length == 0) return value;
        if (!_lexicon.Scales.TryGetValue(rest, out long scale)) return null;
        try { return value * scale; }
        catch (OverflowException) { return null; }
    }

    private decimal? ParseWords(ReadOnlySpan<char> text)
    {
        // Past this a "number" is noise ("billion billion billion"), and decimal would overflow.
        const decimal limit = 1_000_000_000_000_000m;
        decimal total = 0, current = 0;
        bool any = false;
        foreach (string raw in RegexWords.Normalise(text).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "and") continue;
            if (!_lexicon.WordValues.TryGetValue(raw, out long v)) return null;
            any = true;
            if (current > limit || total > limit) return null;
            // "dozen" and "hundred" multiply what precedes them ("two dozen", "three hundred and twenty").
            if (v is 12 or 100 && _lexicon.Scales.ContainsKey(raw)) current = Math.Max(current, 1) * v;
            else if (v >= 1000)
            {
                total += Math.Max(current, 1) * v;
                current = 0;
            }
            else current += v;
        }
        return any ? total + current : null;
    }
}
