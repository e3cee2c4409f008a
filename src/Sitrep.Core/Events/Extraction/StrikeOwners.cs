using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// "U.S. air strikes on Hodeidah", "Turkish drone strikes": a country named right before a military noun
/// (force_nouns.tsv, role military, not bare) owns the weapon. The country's military carries the strike
/// out, and the country is not where it happened, so the name leaves the places the event may be set in.
/// The actor matcher codes a demonym before such a noun itself; this covers country names the place
/// layer took first ("U.S.", "Israel").
/// </summary>
internal static class StrikeOwners
{
    /// <summary>At most this many characters between the country name and its noun: a space, or the period of "U.S." and a space.</summary>
    private const int MaxGap = 2;

    public static DocumentView Recode(DocumentView view, ActorDictionary? dictionary)
    {
        if (dictionary is null || view.Places.IsEmpty) return view;
        string[] nouns = [.. dictionary.ForceNouns.Where(n => n.Role == "military" && !n.Bare).Select(n => n.Phrase).OrderByDescending(p => p.Length)];
        var owners = new List<ActorCandidate>();
        var owned = new HashSet<Span>();
        foreach (PlaceCandidate place in view.Places)
        {
            if (place.Place.Precision != GeoPrecision.Country || place.Place.Country.Length == 0) continue;
            if (view.Actors.Any(a => a.Span.Overlaps(place.Span))) continue;
            if (NounAfter(view.Text, place.Span.End, nouns) is not int end) continue;
            if (dictionary.ForCountry(place.Place.Country, "military") is not Actor military) continue;
            owners.Add(new ActorCandidate(new Span(place.Span.Start, end), dictionary.ToRef(military, view.Published)));
            owned.Add(place.Span);
        }
        if (owners.Count == 0) return view;
        return view with
        {
            Actors = [.. view.Actors.Concat(owners).OrderBy(a => a.Span.Start)],
            Places = [.. view.Places.Where(p => !owned.Contains(p.Span))],
        };
    }

    // The end of the military noun that follows the name across a short gap of spaces and periods, or null.
    private static int? NounAfter(string text, int from, string[] nouns)
    {
        int i = from;
        while (i < text.Length && i - from < MaxGap && (text[i] == '.' || text[i] == ' ')) i++;
        if (i == from || i - from > MaxGap || (i > 0 && text[i - 1] != ' ')) return null;
        foreach (string noun in nouns)
        {
            int end = i + noun.Length;
            if (end > text.Length || !text.AsSpan(i, noun.Length).Equals(noun, StringComparison.OrdinalIgnoreCase)) continue;
            if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            return end;
        }
        return null;
    }
}
