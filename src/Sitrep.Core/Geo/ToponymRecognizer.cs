using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Geo;

/// <summary>
/// The places stage: finds place names in the raw text and resolves each against the gazetteer,
/// using the document's country focus (the country its names point to most), ACLED-style
/// parentheticals, cues ("near", "the town of", "15 miles southwest of") and admin suffixes.
/// Unresolvable names are kept with a note, never dropped.
/// </summary>
public sealed partial class ToponymRecognizer : IPipelineStage
{
    private readonly Gazetteer _gazetteer;
    private readonly Geocoder _geocoder;
    private readonly ToponymFinder _finder;
    private readonly ToponymOptions _options;

    public ToponymRecognizer(Gazetteer gazetteer, ToponymLexicon lexicon, ToponymOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(lexicon);
        _options = options ?? ToponymOptions.Default;
        _gazetteer = gazetteer;
        _geocoder = new Geocoder(gazetteer, _options.Geocoder);
        _finder = new ToponymFinder(gazetteer, lexicon, _options);
    }

    public static LayerKey<PlaceMention> Layer { get; } = new("places", allowsOverlap: false);

    public string Name => "places";
    public IReadOnlyList<ILayerKey> Requires => [];
    public IReadOnlyList<ILayerKey> Produces => [Layer];

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(Layer, Recognize(document.Text, cancellationToken));
    }

    public ImmutableArray<PlaceMention> Recognize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<RawToponym> raws = _finder.Find(text, cancellationToken);
        string? focus = FocusCountry(raws);
        var resolved = new Resolution[raws.Count];
        // A story names its places again and again ("Mali", "Gao"); each distinct query is ranked once.
        var ranked = new Dictionary<GeocodeQuery, ImmutableArray<GeocodeCandidate>>();
        for (int i = 0; i < raws.Count; i++)
            resolved[i] = Resolve(text, raws[i], i > 0 ? raws[i - 1] : null, focus, ranked);
        // Names with several plausible readings (Alexandria, Mansfield) take the one nearest the
        // places the document names unambiguously, and inside the state or region it names most.
        GeoPoint? centre = Centre(resolved);
        string? region = MainAdmin1(resolved);
        SpatialContext context = Readings(raws, resolved);
        if (centre is not null || region is not null || context.NameCount > 1)
        {
            for (int i = 0; i < raws.Count; i++)
            {
                if (resolved[i].Margin < AmbiguousMargin && resolved[i].Mention?.Place?.Kind is PlaceKind.City or PlaceKind.Admin2)
                    resolved[i] = Resolve(text, raws[i], i > 0 ? raws[i - 1] : null, focus, ranked, centre, region, context);
            }
        }
        ApplyListReadings(text, raws, resolved);
        var mentions = ImmutableArray.CreateBuilder<PlaceMention>(raws.Count);
        foreach (Resolution r in resolved)
        {
            if (r.Mention is not null) mentions.Add(r.Mention);
        }
        return mentions.ToImmutable();
    }

    private const double ConfidentMargin = 2.5;
    private const long MajorAdmin1Population = 1_000_000;
    private const double AmbiguousMargin = 6;
    private const double ReadingWindow = 6;

    /// <summary>The admin1 area the document names most often, if any.</summary>
    private static string? MainAdmin1(Resolution[] resolved) =>
        resolved.Select(r => r.Mention?.Place).Where(p => p?.Kind == PlaceKind.Admin1)
            .GroupBy(p => p!.Name, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();

    /// <summary>A resolved mention (null when dropped), how far its reading led the runner-up, and the readings it weighed (kept for a dropped name too, which a list may revive).</summary>
    private readonly record struct Resolution(PlaceMention? Mention, double Margin, ImmutableArray<GeocodeCandidate> Candidates = default);

    /// <summary>
    /// Each distinct name's plausible local readings (towns, districts and states scoring within
    /// <see cref="ReadingWindow"/> of its best), for <see cref="SpatialContext"/>.
    /// </summary>
    private SpatialContext Readings(List<RawToponym> raws, Resolution[] resolved)
    {
        var byKey = new Dictionary<string, NameReadings>(StringComparer.Ordinal);
        for (int i = 0; i < raws.Count; i++)
        {
            ImmutableArray<GeocodeCandidate> candidates = resolved[i].Candidates;
            if (resolved[i].Mention?.Place is null || candidates.IsDefaultOrEmpty || byKey.ContainsKey(raws[i].Key)) continue;
            double best = candidates[0].Score;
            byKey[raws[i].Key] = new NameReadings(raws[i].Key, [.. candidates
                .Where(c => c.Score >= best - ReadingWindow && c.Entry.Kind != PlaceKind.Country)
                .Select(c => new Reading(c.Entry.Point, Math.Exp((c.Score - best) / _options.ReadingDecay)))]);
        }
        return new SpatialContext(byKey.Values);
    }

    /// <summary>The medoid of the confidently resolved cities and admin areas, or null when there are none.</summary>
    private static GeoPoint? Centre(Resolution[] resolved)
    {
        List<GeoPoint> anchors = [.. resolved
            .Where(r => r.Margin >= ConfidentMargin && r.Mention?.Place?.Kind is PlaceKind.City or PlaceKind.Admin2 or PlaceKind.Admin1)
            .Select(r => r.Mention!.Place!.Point)];
        if (anchors.Count == 0) return null;
        return anchors.MinBy(a => anchors.Sum(b => a.DistanceKm(b)));
    }

    /// <summary>The country most names point to: a named country counts three, a name known in one country only counts one.</summary>
    private string? FocusCountry(List<RawToponym> raws)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (RawToponym raw in raws)
        {
            if (raw.ContextCountry is string c) votes[c] = votes.GetValueOrDefault(c) + 2;
            GazetteerMatches matches = _gazetteer.LookupNormalized(raw.Key);
            if (matches.IsEmpty) continue;
            GazetteerEntry? country = matches.FirstOrDefault(e => e.Kind == PlaceKind.Country);
            // "Georgia": a country that shares its name with a large state elsewhere votes for neither outright.
            GazetteerEntry? state = country is null ? null :
                matches.FirstOrDefault(e => e.Kind == PlaceKind.Admin1 && e.CountryIso3 != country.CountryIso3 && e.Population >= MajorAdmin1Population);
            if (state is not null)
            {
                votes[country!.CountryIso3] = votes.GetValueOrDefault(country.CountryIso3) + 1;
                votes[state.CountryIso3] = votes.GetValueOrDefault(state.CountryIso3) + 1;
            }
            else if (country is not null)
                votes[country.CountryIso3] = votes.GetValueOrDefault(country.CountryIso3) + 3;
            else if (matches.All(e => e.CountryIso3 == matches[0].CountryIso3) && CanVote(raw, matches))
                votes[matches[0].CountryIso3] = votes.GetValueOrDefault(matches[0].CountryIso3) + 1;
        }
        return votes.Count == 0 ? null : votes.MaxBy(v => v.Value).Key;
    }

    /// <summary>
    /// Whether a name known in one country only is evidence of the story's country: it must carry
    /// a cue or qualifier, or name a state, a county written out ("Boone County", not "Craven"), or a
    /// major town. A hamlet that shares a first name or a word ("Christopher", "Yorkshire, Va.")
    /// would otherwise pull a story about English football to the United States, where nearly every
    /// English town has a namesake, and Birmingham would be Alabama's.
    /// </summary>
    private bool CanVote(RawToponym raw, GazetteerMatches matches) =>
        raw.Cue.Cue is not null || raw.AdminContext.Count > 0 || raw.PreferredKind is not null ||
        matches.Any(e => e.Kind == PlaceKind.Admin1 || e.Kind == PlaceKind.City && e.Population >= _options.MinPopulationOfMajorPlace ||
                         e.Kind == PlaceKind.Admin2 && NameNormalizer.NormalizesTo(e.Name, raw.Key));

    private Resolution Resolve(string text, RawToponym raw, RawToponym? previous, string? focus, Dictionary<GeocodeQuery, ImmutableArray<GeocodeCandidate>> ranked,
        GeoPoint? near = null, string? region = null, SpatialContext? context = null)
    {
        CueReading cue = raw.Cue;
        // "between Ngouboua and Bagassola": the second place shares the first one's cue.
        if (previous is not null && previous.Cue.Cue is string pc && pc.EndsWith("between", StringComparison.OrdinalIgnoreCase) &&
            text.AsSpan(previous.Span.End, raw.Span.Start - previous.Span.End).Trim().SequenceEqual("and"))
            cue = previous.Cue;
        string admin = raw.AdminContext.Count > 0 ? raw.AdminContext[0] : "";
        var query = new GeocodeQuery
        {
            Name = raw.Key, CountryIso3 = raw.ContextCountry, FocusCountryIso3 = focus, AdminContext = admin.Length > 0 ? admin : region,
            PreferredKind = raw.PreferredKind, Near = near, Context = context,
        };
        var mention = new PlaceMention(raw.Span, raw.Span.TextOf(text)) { Cue = cue.Cue };
        ImmutableArray<GeocodeCandidate> candidates = raw.Known ? Candidates(query, ranked) : [];
        if (candidates.IsEmpty)
            return new Resolution(Unresolved(mention, raw, query, ranked), 0);
        // "Belgrade, Minn." is no reading of Belgrade outside Minnesota: when the text names the
        // admin area and no candidate lies in it, the place is coded to that area.
        if (admin.Length > 0 && !raw.AdminFromProse && !candidates.Any(c => c.Entry.Kind != PlaceKind.Country && Geocoder.AdminMatches(c.Entry, NameNormalizer.Normalize(admin))))
            return new Resolution(Unresolved(mention, raw, query, ranked), 0);
        GazetteerEntry entry = candidates[0].Entry;
        double margin = candidates.Length == 1 ? double.MaxValue : candidates[0].Score - candidates[1].Score;
        bool hasContext = cue.Cue is not null || raw.AdminContext.Count > 0 || raw.ContextCountry is not null || raw.PreferredKind is not null;
        // "Brown" is a surname far more often than Brown County; a bare county name needs a cue.
        if (!hasContext && entry.Kind == PlaceKind.Admin2 && NameNormalizer.Normalize(entry.Name) != raw.Key)
            return new Resolution(null, 0, candidates);
        if (!hasContext && entry.Kind == PlaceKind.City && entry.CountryIso3 != focus &&
            entry.Population < _options.MinPopulationWithoutCue && entry.FeatureCode is not ("PPLC" or "PPLA" or "PPLA2"))
            return new Resolution(null, 0, candidates);
        GeoPrecision precision = entry.NaturalPrecision;
        if (precision == GeoPrecision.Exact && cue.Kind == "near") precision = GeoPrecision.Near;
        return new Resolution(mention with { Place = entry, Precision = precision }, margin, candidates);
    }

    // An unknown name in an ACLED parenthetical is coded to the admin area given; otherwise kept with a note.
    private PlaceMention Unresolved(PlaceMention mention, RawToponym raw, GeocodeQuery query, Dictionary<GeocodeQuery, ImmutableArray<GeocodeCandidate>> ranked)
    {
        foreach (string admin in raw.AdminContext)
        {
            GazetteerEntry? area = Candidates(query with { Name = admin, AdminContext = null }, ranked)
                .Select(c => c.Entry).FirstOrDefault(e => e.Kind is PlaceKind.Admin2 or PlaceKind.Admin1);
            if (area is not null)
                return mention with { Place = area, Precision = area.NaturalPrecision, Note = $"'{mention.Text}' is not in the gazetteer; coded to its admin area {area.Name}" };
        }
        return mention with { Note = $"'{mention.Text}' is not in the gazetteer", Precision = GeoPrecision.Exact };
    }

    private ImmutableArray<GeocodeCandidate> Candidates(GeocodeQuery query, Dictionary<GeocodeQuery, ImmutableArray<GeocodeCandidate>> ranked)
    {
        if (!ranked.TryGetValue(query, out ImmutableArray<GeocodeCandidate> candidates)) ranked[query] = candidates = _geocoder.Candidates(query);
        return candidates;
    }
}
