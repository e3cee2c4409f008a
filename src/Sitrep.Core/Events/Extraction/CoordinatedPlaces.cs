using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// "Other protests were held in the towns of Doba and Sarh": ACLED codes one event per location, so
/// the places listed with "and" next to the one an event was placed at each get the event too. A bare
/// comma alone ("Kwamdi village, Damboa local government area") adds where a place lies, not another place.
/// </summary>
internal static class CoordinatedPlaces
{
    private static readonly string[] Gaps = [" and ", ", and ", ", "];

    /// <summary>The places listed together with the one at <paramref name="placed"/>, itself included, in text order; empty when it stands alone.</summary>
    public static IReadOnlyList<PlaceCandidate> Listed(DocumentView view, Span placed, Span sentence)
    {
        List<PlaceCandidate> inSentence = [.. view.Within(view.Places, sentence).OrderBy(p => p.Span.Start)];
        int at = inSentence.FindIndex(p => p.Span == placed);
        if (at < 0 || inSentence[at].Place.Location is null) return [];
        int first = at, last = at;
        while (first > 0 && Joined(view, inSentence[first - 1], inSentence[first])) first--;
        while (last < inSentence.Count - 1 && Joined(view, inSentence[last], inSentence[last + 1])) last++;
        if (first == last) return [];
        bool listed = Enumerable.Range(first, last - first).Any(i => Gap(view, inSentence[i], inSentence[i + 1]).EndsWith("and ", StringComparison.Ordinal));
        return listed ? inSentence.GetRange(first, last - first + 1) : [];
    }

    // Two places of one country, both below country level, with only a list separator between them.
    private static bool Joined(DocumentView view, PlaceCandidate a, PlaceCandidate b) =>
        a.Place.Location is not null && b.Place.Location is not null && a.Place.Country == b.Place.Country
        && a.Place.Precision == b.Place.Precision && Gaps.Contains(Gap(view, a, b));

    private static string Gap(DocumentView view, PlaceCandidate a, PlaceCandidate b) =>
        b.Span.Start >= a.Span.End ? view.Text[a.Span.End..b.Span.Start] : "";
}
