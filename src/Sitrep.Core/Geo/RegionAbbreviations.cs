using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Geo;

/// <summary>An abbreviated admin1 area as the text writes it ("Minn.") and the area it stands for.</summary>
public sealed record RegionAbbreviation(string Abbreviation, string Admin1, string CountryIso3);

/// <summary>
/// State and province abbreviations (data/gazetteer/region-abbreviations.tsv), read only as the
/// qualifier after a place name and a comma: "Belgrade, Minn." places Belgrade in Minnesota.
/// </summary>
public sealed class RegionAbbreviations
{
    public const string FileName = "region-abbreviations.tsv";

    // Longest first, so "W. Va." is tried before "Va.".
    private readonly ImmutableArray<RegionAbbreviation> _entries;

    private RegionAbbreviations(IEnumerable<RegionAbbreviation> entries) =>
        _entries = [.. entries.OrderByDescending(e => e.Abbreviation.Length).ThenBy(e => e.Abbreviation, StringComparer.Ordinal)];

    public static RegionAbbreviations Empty { get; } = new([]);

    public int Count => _entries.Length;

    /// <summary>
    /// The abbreviation starting at <paramref name="start"/>, matched case-sensitively and ending at
    /// a word boundary; a dotted form also matches without its final dot ("Calif" for "Calif.").
    /// Returns the entry and where the matched text ends, or null.
    /// </summary>
    public (RegionAbbreviation Entry, int End)? At(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (RegionAbbreviation e in _entries)
        {
            string a = e.Abbreviation;
            if (Matches(text, start, a)) return (e, start + a.Length);
            if (a.Length >= 5 && a[^1] == '.' && a.IndexOf('.') == a.Length - 1 && Matches(text, start, a[..^1])) return (e, start + a.Length - 1);
        }
        return null;
    }

    private static bool Matches(string text, int start, string a) =>
        start + a.Length <= text.Length && string.CompareOrdinal(text, start, a, 0, a.Length) == 0 &&
        (start + a.Length == text.Length || !char.IsLetterOrDigit(text[start + a.Length]) || a[^1] == '.' && text[start + a.Length] == ' ');

    public static RegionAbbreviations Load(string path, List<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var entries = new List<RegionAbbreviation>();
        foreach (TsvRow row in TsvDataFile.Read(path, "region-abbreviations", ["abbreviation", "name", "iso3"], problems))
        {
            string[] f = row.Fields;
            if (f[0].Length == 0 || f[1].Length == 0 || f[2].Length != 3)
                problems.Add(TsvDataFile.Bad(path, row.Line, "expected an abbreviation, an admin1 name and an ISO3 code"));
            else
                entries.Add(new RegionAbbreviation(f[0], f[1], f[2]));
        }
        return new RegionAbbreviations(entries);
    }
}
