using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Geo;

/// <summary>
/// Generic words that administrative names carry ("Borno State", "Cercle de Ménaka") but news text
/// often drops, read from admin-affixes.tsv. Stored normalised.
/// </summary>
internal sealed class AdminAffixes
{
    // Stored with their separating space (" state", "cercle de "), so matching allocates nothing.
    private readonly ImmutableArray<string> _prefixes;
    private readonly ImmutableArray<string> _suffixes;

    public AdminAffixes(ImmutableArray<string> prefixes, ImmutableArray<string> suffixes)
    {
        _prefixes = [.. prefixes.Select(p => p + " ")];
        _suffixes = [.. suffixes.Select(s => " " + s)];
    }

    public static AdminAffixes None { get; } = new([], []);

    /// <summary>The name without a listed prefix or suffix, or null when it has none (or nothing would remain).</summary>
    public string? Strip(string normalizedName)
    {
        foreach (string suffix in _suffixes)
        {
            if (normalizedName.Length > suffix.Length && normalizedName.EndsWith(suffix, StringComparison.Ordinal))
                return normalizedName[..^suffix.Length];
        }
        foreach (string prefix in _prefixes)
        {
            if (normalizedName.Length > prefix.Length && normalizedName.StartsWith(prefix, StringComparison.Ordinal))
                return normalizedName[prefix.Length..];
        }
        return null;
    }

    public static AdminAffixes Load(string path, List<Problem> problems)
    {
        var prefixes = ImmutableArray.CreateBuilder<string>();
        var suffixes = ImmutableArray.CreateBuilder<string>();
        foreach (TsvRow row in TsvDataFile.Read(path, "admin-affixes", ["position", "words"], problems))
        {
            string words = NameNormalizer.Normalize(row.Fields[1]);
            if (words.Length == 0)
                problems.Add(TsvDataFile.Bad(path, row.Line, "empty affix"));
            else if (row.Fields[0] == "prefix")
                prefixes.Add(words);
            else if (row.Fields[0] == "suffix")
                suffixes.Add(words);
            else
                problems.Add(TsvDataFile.Bad(path, row.Line, $"position must be 'prefix' or 'suffix', not '{row.Fields[0]}'"));
        }
        // Longest first, so "province de la" wins over "province de".
        return new AdminAffixes([.. prefixes.OrderByDescending(p => p.Length)], [.. suffixes.OrderByDescending(s => s.Length)]);
    }
}
