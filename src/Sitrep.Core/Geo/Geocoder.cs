using System.Buffers;
using System.Collections.Immutable;

namespace Sitrep.Geo;

/// <summary>
/// Ranks the gazetteer entries a place name may refer to: population and feature priors, the
/// country and admin area the text gives, the kind of place the text implies, and proximity to
/// places already resolved. Pure and thread-safe; a lookup costs a few microseconds.
/// </summary>
public sealed class Geocoder
{
    private readonly Gazetteer _gazetteer;
    private readonly GeocoderOptions _options;

    public Geocoder(Gazetteer gazetteer, GeocoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _options = options ?? GeocoderOptions.Default;
    }

    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Candidates for a bare name, best first; empty when the gazetteer has no such name.</summary>
    public ImmutableArray<GeocodeCandidate> Candidates(string name, string? countryIso3 = null) =>
        Candidates(new GeocodeQuery { Name = name, CountryIso3 = countryIso3 });

    public ImmutableArray<GeocodeCandidate> Candidates(GeocodeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string key = NameNormalizer.Normalize(query.Name);
        GazetteerMatches matches = _gazetteer.LookupNormalized(key);
        if (matches.IsEmpty) return [];
        string? admin = query.AdminContext is null ? null : NameNormalizer.Normalize(query.AdminContext);
        ReadOnlySpan<GazetteerEntry> entries = matches.AsSpan();
        // "Georgia" in a US story: a state of the focus country that shares its name with another country.
        bool foreignCountryNamesake = false;
        long major = 0;
        foreach (GazetteerEntry entry in entries)
        {
            if (query.FocusCountryIso3 is string focus && entry.Kind == PlaceKind.Country && entry.CountryIso3 != focus) foreignCountryNamesake = true;
            // National capitals and states only: provincial seats abroad (Palma de Mallorca) are too
            // many and too small to overrule a town in the story's own country (Palma, Mozambique).
            if (entry.Kind == PlaceKind.Admin1 || entry.FeatureCode is "PPLC") major = Math.Max(major, entry.Population);
        }
        // Scores go into a stack buffer and only the kept few become candidates: a common name has
        // hundreds of entries, and a record per entry was most of what the places stage allocated.
        ScoredEntry[]? rented = null;
        Span<ScoredEntry> scored = entries.Length <= StackEntries
            ? stackalloc ScoredEntry[StackEntries]
            : (rented = ArrayPool<ScoredEntry>.Shared.Rent(entries.Length));
        scored = scored[..entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            GazetteerEntry entry = entries[i];
            // Rome, Georgia does not take "Rome" from Italy on the strength of the story's country
            // and nearby places alone: it must be within a factor of the namesake capital's size.
            bool dwarfed = entry.Kind == PlaceKind.City && _options.MajorNamesakeRatio > 0 && entry.Population * _options.MajorNamesakeRatio < major;
            scored[i] = new ScoredEntry(i, Score(entry, key, query, admin, foreignCountryNamesake, dwarfed));
        }
        // The same introspective sort List.Sort ran, on the same order and comparison, so ties fall as before.
        scored.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        var kept = ImmutableArray.CreateBuilder<GeocodeCandidate>(Math.Min(_options.MaxCandidates, scored.Length));
        foreach (ScoredEntry s in scored[..kept.Capacity]) kept.Add(new GeocodeCandidate(entries[s.Index], s.Score));
        if (rented is not null) ArrayPool<ScoredEntry>.Shared.Return(rented);
        return kept.MoveToImmutable();
    }

    private const int StackEntries = 64;

    private readonly record struct ScoredEntry(int Index, double Score);

    /// <summary>The best candidate, or null when the name is unknown.</summary>
    public GazetteerEntry? Resolve(GeocodeQuery query)
    {
        ImmutableArray<GeocodeCandidate> candidates = Candidates(query);
        return candidates.IsEmpty ? null : candidates[0].Entry;
    }

    private double Score(GazetteerEntry entry, string key, GeocodeQuery query, string? admin, bool foreignCountryNamesake, bool dwarfed)
    {
        GeocoderOptions o = _options;
        double score = o.PopulationWeight * Math.Log10(entry.Population + 1);
        score += entry.Kind switch
        {
            PlaceKind.Country => o.CountryPrior,
            PlaceKind.Admin1 => o.Admin1Prior,
            PlaceKind.Admin2 => o.Admin2Prior,
            _ => o.CityPrior,
        };
        score += entry.FeatureCode switch
        {
            "PPLC" => o.CapitalBonus,
            "PPLA" or "PPLA2" => o.AdminSeatBonus,
            _ => 0,
        };
        if (NameNormalizer.NormalizesTo(entry.Name, key)) score += o.ExactNameBonus;
        if (query.CountryIso3 is string iso3 && entry.CountryIso3 == iso3) score += o.CountryContextBonus;
        else if (query.FocusCountryIso3 is string focus && entry.CountryIso3 == focus && !dwarfed)
            score += entry.Kind == PlaceKind.Admin1 && foreignCountryNamesake ? o.FocusCountryBonus + o.FocusAdmin1Bonus : o.FocusCountryBonus;
        if (admin is not null && admin.Length > 0 && entry.Kind != PlaceKind.Country && AdminMatches(entry, admin)) score += o.AdminContextBonus;
        if (query.PreferredKind is PlaceKind kind && entry.Kind == kind) score += o.PreferredKindBonus;
        if (query.Near is Events.GeoPoint near && !dwarfed)
            score += o.ProximityBonus * Math.Exp(-entry.Point.DistanceKm(near) / o.ProximityScaleKm);
        if (query.Context is SpatialContext context && entry.Kind != PlaceKind.Country && (!dwarfed || o.ContextOverridesSize))
            score += o.ContextBonus * Math.Min(o.ContextCap, context.Support(key, entry.Point, o.ContextScaleKm));
        return score;
    }

    /// <summary>True when the entry lies in the admin area named <paramref name="admin"/> (normalised).</summary>
    // "Borno" matches "Borno State"; whole words only, so "Gao" does not match "Gaongo".
    internal static bool AdminMatches(GazetteerEntry entry, string admin) =>
        entry.Admin1 is string a1 && NameNormalizer.HoldsWords(a1, admin) || entry.Admin2 is string a2 && NameNormalizer.HoldsWords(a2, admin);
}
