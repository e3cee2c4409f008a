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
public sealed class ToponymRecognizer : IPipelineStage
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
        var mentions = ImmutableArray.CreateBuilder<PlaceMention>(raws.Count);
        RawToponym? previous = null;
        foreach (RawToponym raw in raws)
        {
            PlaceMention? mention = Resolve(text, raw, previous, focus);
            if (mention is not null) mentions.Add(mention);
            previous = raw;
        }
        return mentions.ToImmutable();
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
            if (country is not null)
                votes[country.CountryIso3] = votes.GetValueOrDefault(country.CountryIso3) + 3;
            else if (matches.All(e => e.CountryIso3 == matches[0].CountryIso3))
                votes[matches[0].CountryIso3] = votes.GetValueOrDefault(matches[0].CountryIso3) + 1;
        }
        return votes.Count == 0 ? null : votes.MaxBy(v => v.Value).Key;
    }

    private PlaceMention? Resolve(string text, RawToponym raw, RawToponym? previous, string? focus)
    {
        CueReading cue = raw.Cue;
        // "between Ngouboua and Bagassola": the second place shares the first one's cue.
        if (previous is not null && previous.Cue.Cue is string pc && pc.EndsWith("between", StringComparison.OrdinalIgnoreCase) &&
            text.AsSpan(previous.Span.End, raw.Span.Start - previous.Span.End).Trim().SequenceEqual("and"))
            cue = previous.Cue;
        string admin = raw.AdminContext.Count > 0 ? raw.AdminContext[0] : "";
        var query = new GeocodeQuery
        {
            Name = raw.Key, CountryIso3 = raw.ContextCountry ?? focus, AdminContext = admin.Length > 0 ? admin : null,
            PreferredKind = raw.PreferredKind,
        };
        var mention = new PlaceMention(raw.Span, raw.Span.TextOf(text)) { Cue = cue.Cue };
        GazetteerEntry? entry = raw.Known ? _geocoder.Resolve(query) : null;
        if (entry is null)
            return Unresolved(mention, raw, query);
        bool hasContext = cue.Cue is not null || raw.AdminContext.Count > 0 || raw.ContextCountry is not null || raw.PreferredKind is not null;
        if (!hasContext && entry.Kind == PlaceKind.City && entry.CountryIso3 != focus &&
            entry.Population < _options.MinPopulationWithoutCue && entry.FeatureCode is not ("PPLC" or "PPLA" or "PPLA2"))
            return null;
        GeoPrecision precision = entry.NaturalPrecision;
        if (precision == GeoPrecision.Exact && cue.Kind == "near") precision = GeoPrecision.Near;
        return mention with { Place = entry, Precision = precision };
    }

    // An unknown name in an ACLED parenthetical is coded to the admin area given; otherwise kept with a note.
    private PlaceMention Unresolved(PlaceMention mention, RawToponym raw, GeocodeQuery query)
    {
        foreach (string admin in raw.AdminContext)
        {
            GazetteerEntry? area = _geocoder.Candidates(query with { Name = admin, AdminContext = null })
                .Select(c => c.Entry).FirstOrDefault(e => e.Kind is PlaceKind.Admin2 or PlaceKind.Admin1);
            if (area is not null)
                return mention with { Place = area, Precision = area.NaturalPrecision, Note = $"'{mention.Text}' is not in the gazetteer; coded to its admin area {area.Name}" };
        }
        return mention with { Note = $"'{mention.Text}' is not in the gazetteer", Precision = GeoPrecision.Exact };
    }
}
