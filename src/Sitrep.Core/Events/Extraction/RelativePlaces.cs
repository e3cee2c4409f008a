using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Lexicons;

namespace Sitrep.Events.Extraction;

/// <summary>
/// "the village of Krasnyi Yar, which lies around 10 kilometers southeast of Pokrovsk": the text sets the
/// place at a distance and bearing from another. When the gazetteer put the place far from where the text
/// says it lies, it resolved a namesake; the event is placed where the text puts it instead, the named
/// anchor moved by the stated distance and bearing, at 'near' precision (ACLED codes a village it cannot
/// find by the nearest known place). Bearings and units are lexicon kinds (bearing, distanceunit).
/// </summary>
internal sealed class RelativePlaces(EventCues cues)
{
    // How far the resolved place may lie from where the text puts it before it counts as a namesake.
    private const double SlackKm = 25;

    // How far after the place its description may start ("Krasnyi Yar, which lies around ...").
    private const int MaxGap = 60;

    private readonly Regex _offset = new(
        $@"(?<n>\d+(?:\.\d+)?)\s*-?\s*(?<unit>{Words(cues.Phrases(CueKind.DistanceUnit))})(?:\s*\([^)]{{0,30}}\))?\s+(?<dir>{Words(cues.Phrases(CueKind.Bearing))})\s+(?:of|from)\s+(?:the\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    public PlaceFact? Correct(DocumentView view, Span sentence, PlaceFact? chosen)
    {
        if (chosen?.Evidence is not Span named || chosen.Place.Point is not GeoPoint resolved || chosen.Place.Precision > GeoPrecision.Near) return chosen;
        int from = named.End, to = Math.Min(sentence.End, named.End + MaxGap + 40);
        if (to <= from) return chosen;
        Match m = _offset.Match(view.Text, from, to - from);
        if (!m.Success || m.Index - named.End > MaxGap) return chosen;
        int anchorStart = m.Index + m.Length;
        if (view.Places.FirstOrDefault(p => p.Span.Start == anchorStart) is not PlaceCandidate anchor
            || anchor.Place.Point is not GeoPoint origin || anchor.Place.Precision > GeoPrecision.Near) return chosen;
        if (cues.Measure(CueKind.DistanceUnit, m.Groups["unit"].Value) is not double unitKm
            || cues.Measure(CueKind.Bearing, m.Groups["dir"].Value) is not double bearing) return chosen;
        double km = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * unitKm;
        if (resolved.DistanceKm(origin) <= km + Math.Max(km, SlackKm)) return chosen;
        EventPlace place = chosen.Place with
        {
            Country = anchor.Place.Country,
            Admin1 = anchor.Place.Admin1,
            Admin2 = anchor.Place.Admin2,
            Point = origin.Towards(bearing, km),
            Precision = GeoPrecision.Near,
        };
        return new PlaceFact(place, named);
    }

    // A kind the lexicon leaves empty matches nothing.
    private static string Words(System.Collections.Immutable.ImmutableArray<string> phrases) =>
        phrases.IsEmpty ? "(?!)" : RegexWords.Alternation(phrases);
}
