using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Errors;

namespace Sitrep.Lexicons;

/// <summary>A loaded lexicon, or the problems (each naming a line) that kept it from loading.</summary>
public sealed record LexiconLoad<T>(T? Value, ImmutableArray<Problem> Problems) where T : class
{
    public T OrThrow() => Value ?? throw new LexiconException(Problems);
}

/// <summary>Builds regular-expression fragments from word lists, once, at load.</summary>
public static class RegexWords
{
    /// <summary>A non-capturing alternation of the phrases, longest first so the regex prefers "tens of thousands" over "tens"; spaces match any whitespace.</summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        "(?:" + string.Join("|", phrases.Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
            .Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + ")";

    public const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    /// <summary>Collapses runs of whitespace and lower-cases, the form lexicon phrases are stored in.</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
