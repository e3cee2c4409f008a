using System.Collections.Immutable;

namespace Sitrep.Geo;

/// <summary>
/// Lists of places ("Arkansas, Colorado, Georgia, Idaho and Washington"; "Kenya, Uganda and
/// Georgia") name places of one sort: a name in a list whose other items are mostly states of one
/// country takes its reading as a state of that country, where it has one, and a name among
/// countries its reading as a country. Georgia is the US state there and Washington the state, not
/// the capital, though each alone reads otherwise.
/// </summary>
public sealed partial class ToponymRecognizer
{
    /// <summary>The fewest other items of one sort that make a list a list of that sort.</summary>
    private const int ListAgreement = 2;

    private static void ApplyListReadings(string text, List<RawToponym> raws, Resolution[] resolved)
    {
        int start = 0;
        for (int i = 1; i <= raws.Count; i++)
        {
            if (i < raws.Count && ListSeparator(text, raws[i - 1].Span.End, raws[i].Span.Start)) continue;
            if (i - start >= ListAgreement + 1) ApplyListReadings(text, raws, resolved, start, i);
            start = i;
        }
    }

    private static void ApplyListReadings(string text, List<RawToponym> raws, Resolution[] resolved, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (resolved[i].Candidates.IsDefaultOrEmpty) continue;
            // A bare name dropped as a likely surname ("Washington" read as a county) is a place in a list of places.
            GazetteerEntry? own = resolved[i].Mention?.Place;
            if (own is null && resolved[i].Mention is not null) continue;
            int others = 0, countries = 0;
            var states = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int j = start; j < end; j++)
            {
                if (j == i || resolved[j].Mention?.Place is not GazetteerEntry place) continue;
                others++;
                if (place.Kind == PlaceKind.Country) countries++;
                else if (place.Kind == PlaceKind.Admin1) states[place.CountryIso3] = states.GetValueOrDefault(place.CountryIso3) + 1;
            }
            (string Iso3, int Count) state = states.Count == 0 ? ("", 0) : states.Select(s => (s.Key, s.Value)).MaxBy(s => s.Value);
            GazetteerEntry? reading = null;
            if (state.Count >= ListAgreement && 2 * state.Count > others && !(own?.Kind == PlaceKind.Admin1 && own.CountryIso3 == state.Iso3))
                reading = Best(resolved[i].Candidates, e => e.Kind == PlaceKind.Admin1 && e.CountryIso3 == state.Iso3);
            else if (countries >= ListAgreement && 2 * countries > others && own?.Kind != PlaceKind.Country)
                reading = Best(resolved[i].Candidates, e => e.Kind == PlaceKind.Country);
            if (reading is null) continue;
            PlaceMention mention = resolved[i].Mention ?? new PlaceMention(raws[i].Span, raws[i].Span.TextOf(text)) { Cue = raws[i].Cue.Cue };
            resolved[i] = resolved[i] with { Mention = mention with { Place = reading, Precision = reading.NaturalPrecision } };
        }
    }

    private static GazetteerEntry? Best(ImmutableArray<GeocodeCandidate> candidates, Func<GazetteerEntry, bool> fits)
    {
        foreach (GeocodeCandidate c in candidates)
        {
            if (fits(c.Entry)) return c.Entry;
        }
        return null;
    }

    /// <summary>True when only a comma, "and", "or" or ", and" separates two names.</summary>
    private static bool ListSeparator(string text, int end, int next)
    {
        if (next < end || next - end > 6) return false;
        ReadOnlySpan<char> gap = text.AsSpan(end, next - end);
        return gap is ", " or " and " or " or " or ", and " or ", or ";
    }
}
