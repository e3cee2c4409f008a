using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Geo;

/// <summary>
/// The loaded, immutable gazetteer: places, admin areas and countries indexed by normalised name
/// (<see cref="NameNormalizer"/>), country facts, demonyms and country shapes. Load it once with
/// <see cref="GazetteerLoader"/> and share it; every method is safe to call from many threads.
/// </summary>
public sealed class Gazetteer
{
    private readonly GazetteerNameIndex _byName;
    private readonly Dictionary<string, CountryInfo> _countries;
    private readonly Dictionary<string, GazetteerEntry> _countryEntries;
    private readonly Dictionary<string, string> _demonyms;
    private readonly CountryShapes _shapes;

    internal Gazetteer(
        ImmutableArray<GazetteerEntry> entries,
        GazetteerNameIndex byName,
        Dictionary<string, CountryInfo> countries,
        Dictionary<string, GazetteerEntry> countryEntries,
        Dictionary<string, string> demonyms,
        CountryShapes shapes)
    {
        Entries = entries;
        _byName = byName;
        _countries = countries;
        _countryEntries = countryEntries;
        _demonyms = demonyms;
        _shapes = shapes;
    }

    /// <summary>A gazetteer that knows no places: for tests and for hosts that run without data.</summary>
    public static Gazetteer Empty { get; } = new([], new GazetteerIndexBuilder(AdminAffixes.None).Build(), [], [], [], CountryShapes.Empty);

    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>The number of distinct normalised names.</summary>
    public int NameCount => _byName.NameCount;

    /// <summary>The most words any indexed name has, which bounds the n-grams worth trying.</summary>
    public int MaxNameWords => _byName.MaxNameWords;

    internal GazetteerNameIndex NameIndex => _byName;

    public IEnumerable<CountryInfo> Countries => _countries.Values;

    /// <summary>Every entry whose name, ascii name or alias normalises as <paramref name="name"/> does.</summary>
    public GazetteerMatches Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Lookup(name.AsSpan());
    }

    /// <summary>Like <see cref="Lookup(string)"/> for a span of text; allocates nothing for names up to 128 characters.</summary>
    public GazetteerMatches Lookup(ReadOnlySpan<char> name)
    {
        if (name.Length > NameNormalizer.MaxStackName) return LookupNormalized(NameNormalizer.Normalize(name));
        Span<char> buffer = stackalloc char[NameNormalizer.BufferLength(name.Length)];
        return _byName.Get(buffer[..NameNormalizer.NormalizeInto(name, buffer)]);
    }

    /// <summary>Like <see cref="Lookup(string)"/> for a key already passed through <see cref="NameNormalizer.Normalize"/>.</summary>
    public GazetteerMatches LookupNormalized(string key) => _byName.Get(key);

    /// <summary>Like <see cref="LookupNormalized(string)"/> for a key held in a span (a stack buffer, a slice of a longer key).</summary>
    public GazetteerMatches LookupNormalized(ReadOnlySpan<char> key) => _byName.Get(key);

    public bool ContainsNormalized(string key) => _byName.Contains(key);

    public bool ContainsNormalized(ReadOnlySpan<char> key) => _byName.Contains(key);

    public CountryInfo? Country(string iso3) => _countries.GetValueOrDefault(iso3);

    /// <summary>The entry standing for the whole country.</summary>
    public GazetteerEntry? CountryEntry(string iso3) => _countryEntries.GetValueOrDefault(iso3);

    /// <summary>The ISO3 of the country a demonym ("Malian", "Malians") refers to, or null.</summary>
    public string? CountryOfDemonym(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string key = NameNormalizer.Normalize(word);
        if (_demonyms.TryGetValue(key, out string? iso3)) return iso3;
        return key.Length > 3 && key[^1] == 's' ? _demonyms.GetValueOrDefault(key[..^1]) : null;
    }

    /// <summary>The ISO3 of the country whose Natural Earth polygon holds the point, or null at sea.</summary>
    public string? CountryAt(GeoPoint point) => _shapes.CountryAt(point);
}
