using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation.Matching;

/// <summary>
/// Compares actor and place names as GUIDELINES.md asks: lower-case, accents and punctuation
/// ignored, spaces collapsed, and for actors a trailing ACLED regime period dropped.
/// </summary>
public static partial class NameNormalizer
{
    /// <summary>Lower-cased, accent-free, punctuation-free form with single spaces.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Combining marks are accents written separately from their letter.
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            // Apostrophes vanish so "People's" equals "Peoples" and "Jama'a" equals "Jamaa";
            // other punctuation separates words so "al-Shabaab" equals "al Shabaab".
            if (IsApostrophe(c)) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                if (AccentFolding.Fold(c) is string plain) builder.Append(plain.ToLowerInvariant());
                else builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Normalize"/> after dropping a trailing regime period as ACLED writes it
    /// ("(2015-)", "(2015-2023)", "(2011-2019, Omar al-Bashir)"); other parentheticals such as
    /// "(Mali)" distinguish actors and stay.
    /// </summary>
    public static string NormalizeActor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Normalize(StripRegimePeriod(name));
    }

    /// <summary>The name without a trailing parenthesised regime period, otherwise unchanged.</summary>
    public static string StripRegimePeriod(string name) => RegimePeriod().Replace(name, string.Empty);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4';

    [GeneratedRegex(@"\s*\(\s*\d{4}\s*[-\u2013\u2014]\s*(\d{4})?\s*(,[^()]*)?\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RegimePeriod();
}
