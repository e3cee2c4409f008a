using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>A place found for an event and the span naming it (null when it comes from the document or an actor's country).</summary>
internal sealed record PlaceFact(EventPlace Place, Span? Evidence);

/// <summary>
/// Places an event: the place named in its sentence nearest the trigger, else the last place named
/// earlier in the paragraph, else the document's focus (its most named place) at lower precision.
/// </summary>
internal static class PlaceReader
{
    public static PlaceFact? InSentence(DocumentView view, TriggerHit hit, EventCues cues)
    {
        PlaceCandidate? best = null;
        int bestScore = int.MaxValue;
        int datelineEnd = DatelineEnd(view, hit.Sentence);
        // "The defence ministry in Moscow says air defences shot down 47 drones over the Belgorod region": the seat of
        // the source is not the scene, unless the sentence names no other place.
        bool otherThanSeats = view.Within(view.Places, hit.Sentence).Any(p => p.Span.End > datelineEnd && !IsSourceSeat(view, p, hit.Sentence, cues));
        // "In Maiduguri, young men blocked the Bama road": a town naming a road leads out of the scene, not to it.
        bool otherThanRoads = view.Within(view.Places, hit.Sentence).Any(p => p.Span.End > datelineEnd && !NamesARoad(view.Text, p));
        foreach (PlaceCandidate p in view.Within(view.Places, hit.Sentence))
        {
            // "BAMAKO, Mali — ..." names where the reporter filed from, not where the event happened.
            if (p.Span.End <= datelineEnd) continue;
            if (!Plausible(view, p) || IsDestination(view, p, hit.Sentence, cues) || IsOrigin(view, p, hit.Sentence, cues)) continue;
            if (otherThanRoads && NamesARoad(view.Text, p)) continue;
            if (otherThanSeats && IsSourceSeat(view, p, hit.Sentence, cues)) continue;
            // A town beats a country named just as near: the most specific place locates the event.
            int score = TextWindows.Distance(p.Span, hit.Span) + (int)p.Place.Precision * 60;
            if (score < bestScore) (best, bestScore) = (p, score);
        }
        // "in northern Mali" places the event in a part of the country, which the dateline city need not be.
        bool partOfCountry = best is not null && cues.Any(CueKind.Direction, view.Text, TextWindows.WordsBefore(view.Text, best.Span.Start, 3, hit.Sentence));
        if (best is null || (best.Place.Precision == GeoPrecision.Country && !partOfCountry))
        {
            // A local story names the scene only through its dateline ("BAMAKO, Mali — militants attacked a camp in the capital").
            PlaceCandidate? dateline = view.Within(view.Places, hit.Sentence)
                .FirstOrDefault(p => p.Span.End <= datelineEnd && p.Place.Precision != GeoPrecision.Country && (best is null || p.Place.Country == best.Place.Country));
            if (dateline is not null) return new PlaceFact(dateline.Place with { Precision = GeoPrecision.Near }, dateline.Span);
        }
        if ((best is null || best.Place.Precision >= GeoPrecision.Admin2) && UnlistedSettlement(view, hit, best, cues) is PlaceFact village) return village;
        return best is null ? null : new PlaceFact(best.Place, best.Span);
    }

    /// <summary>
    /// A village the gazetteer lacks but the text names as one ("at Kwamdi village, Damboa local
    /// government area") is the event's location; its coordinates are those of the region the
    /// sentence resolves, at that region's precision, as ACLED codes an unlocated village.
    /// </summary>
    private static PlaceFact? UnlistedSettlement(DocumentView view, TriggerHit hit, PlaceCandidate? region, EventCues cues)
    {
        string? country = region?.Place.Country ?? FocusCountry(view);
        if (country is null) return null;
        Span? nearest = null;
        foreach (Span name in cues.NamedSettlements(view.Text, hit.Sentence))
        {
            if (view.Places.Any(p => p.Span.Overlaps(name)) || view.Actors.Any(a => a.Span.Overlaps(name))) continue;
            if (nearest is null || TextWindows.Distance(name, hit.Span) < TextWindows.Distance(nearest.Value, hit.Span)) nearest = name;
        }
        if (nearest is not Span span) return null;
        EventPlace place = region?.Place is EventPlace known
            ? known with { Location = view.TextOf(span) }
            : new EventPlace { Country = country, Location = view.TextOf(span) };
        return new PlaceFact(place, span);
    }

    /// <summary>
    /// A town resolved to a country the article never names, in an article about another country,
    /// is more likely a namesake (a surname, a village abroad) than the scene of the event.
    /// </summary>
    private static bool Plausible(DocumentView view, PlaceCandidate p)
    {
        if (p.Place.Precision == GeoPrecision.Country) return true;
        string? focus = FocusCountry(view);
        return focus is null || p.Place.Country == focus
            || view.Places.Any(q => q.Place.Precision == GeoPrecision.Country && q.Place.Country == p.Place.Country);
    }

    private static string? FocusCountry(DocumentView view) => view.PlaceFocusCountry;

    private const int ShortDatelineChars = 60;
    private const int DatelineChars = 110;

    /// <summary>The end of a dateline ("City, Country —" or "City (Agency) -") opening the sentence's paragraph, else -1.</summary>
    public static int DatelineEnd(DocumentView view, Span sentence)
    {
        if (view.ParagraphOf(sentence).Start != sentence.Start) return -1;
        int limit = Math.Min(sentence.End, sentence.Start + DatelineChars);
        for (int i = sentence.Start; i < limit; i++)
        {
            char c = view.Text[i];
            // Past the usual length only the agency's credit closes a dateline: "GOMA, Democratic Republic of
            // Congo, Feb 10 (Thomson Reuters Foundation) -" is long, but its ')' before the dash is unmistakable.
            if (i - sentence.Start >= ShortDatelineChars && !view.Text.AsSpan(sentence.Start, i - sentence.Start).TrimEnd().EndsWith(")", StringComparison.Ordinal)) continue;
            if (c is '\u2014' or '\u2013' && i > sentence.Start) return i;
            if (c == '-' && i + 1 < view.Text.Length && i > 0 && (view.Text[i + 1] is ' ' or '-') && view.Text[i - 1] is ' ' or ')') return i;
        }
        return -1;
    }

    /// <summary>
    /// A place right after a movement cue ("withdrew towards the border with Burkina Faso", "fled to
    /// Niamey") is where someone went, not the scene; only an article may stand between them.
    /// </summary>
    private static bool IsDestination(DocumentView view, PlaceCandidate p, Span sentence, EventCues cues)
    {
        int from = Math.Max(sentence.Start, p.Span.Start - 40);
        if (cues.Last(CueKind.Destination, view.Text, new Span(from, p.Span.Start)) is not Span cue) return false;
        ReadOnlySpan<char> gap = view.Text.AsSpan(cue.End, p.Span.Start - cue.End).Trim();
        return gap.IsEmpty || gap.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A place named as where people come from ("elders from Misrata and Zintan", "troops from Chad"): their origin, not
    /// the scene. Further places listed with the first share its cue.
    /// </summary>
    private static bool IsOrigin(DocumentView view, PlaceCandidate p, Span sentence, EventCues cues)
    {
        int from = Math.Max(sentence.Start, p.Span.Start - OriginChars);
        if (cues.Last(CueKind.Origin, view.Text, new Span(from, p.Span.Start)) is not Span cue) return false;
        // Only the place words themselves and list glue may stand between the cue and this place.
        var gap = new System.Text.StringBuilder(view.Text[cue.End..p.Span.Start]);
        foreach (PlaceCandidate listed in view.Within(view.Places, new Span(cue.End, p.Span.Start)))
            for (int i = listed.Span.Start; i < listed.Span.End; i++) gap[i - cue.End] = ' ';
        return gap.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).All(w => w is "the" or "and" or "or");
    }

    private const int OriginChars = 60;

    private static readonly string[] RoadWords = [" road", " highway", " motorway", " expressway"];

    private static bool NamesARoad(string text, PlaceCandidate p) =>
        RoadWords.Any(w => p.Span.End + w.Length <= text.Length && text.AsSpan(p.Span.End, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase)
            && (p.Span.End + w.Length == text.Length || !char.IsLetter(text[p.Span.End + w.Length])));

    /// <summary>A place that seats the source of the sentence's report: "the defence ministry in Moscow says", "officials in Kabul said".</summary>
    private static bool IsSourceSeat(DocumentView view, PlaceCandidate p, Span sentence, EventCues cues)
    {
        string text = view.Text;
        if (p.Span.Start < sentence.Start + 4 || !text.AsSpan(p.Span.Start - 4, 4).Equals(" in ", StringComparison.Ordinal)) return false;
        if (p.Span.End >= sentence.End || text[p.Span.End] != ' ') return false;
        return cues.Any(CueKind.Attribution, text, TextWindows.WordsAfter(text, p.Span.End, 1, sentence));
    }

    public static PlaceFact? Context(DocumentView view, TriggerHit hit, EventCues cues)
    {
        Span paragraph = view.ParagraphOf(hit.Sentence);
        PlaceCandidate? earlier = view.Places.LastOrDefault(p => p.Span.Start >= paragraph.Start && p.Span.End <= hit.Sentence.Start
            && Plausible(view, p) && !IsDestination(view, p, paragraph, cues) && !IsOrigin(view, p, paragraph, cues));
        if (earlier is not null) return new PlaceFact(Widen(earlier.Place), earlier.Span);
        return Focus(view, cues) is EventPlace focus ? new PlaceFact(focus, null) : null;
    }

    /// <summary>The document's most named specific place, else its most named country, at lowered precision.</summary>
    public static EventPlace? Focus(DocumentView view, EventCues cues)
    {
        if (view.Places.IsEmpty) return null;
        string country = FocusCountry(view)!;
        // Places named only as where someone went or came from ("died in hospital in Karachi") are no scene at all.
        List<PlaceCandidate> towns = [.. view.Places.Where(p => p.Place.Country == country && p.Place.Precision != GeoPrecision.Country && !Elsewhere(view, p, cues))];
        // "PEMBA, Mozambique — Insurgents attacked Macomia ...": the dateline names where the reporter filed from; it
        // counts only where the story names no other place.
        List<PlaceCandidate> scenes = [.. towns.Where(p => !InDateline(view, p))];
        PlaceCandidate? town = (scenes.Count > 0 ? scenes : towns)
            .GroupBy(p => p.Place.Location).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).FirstOrDefault()?.First();
        return town is null ? new EventPlace { Country = country } : Widen(town.Place);
    }

    /// <summary>
    /// Where a summary of many incidents that names no place of its own happened: the whole country
    /// the document is about (as named in the text, with its point), not the town the story names most.
    /// </summary>
    public static PlaceFact? CountryFocus(DocumentView view)
    {
        if (FocusCountry(view) is not string country) return null;
        PlaceCandidate? named = view.Places.FirstOrDefault(p => p.Place.Country == country && p.Place.Precision == GeoPrecision.Country);
        return named is null ? new PlaceFact(new EventPlace { Country = country }, null) : new PlaceFact(named.Place, named.Span);
    }

    private static bool Elsewhere(DocumentView view, PlaceCandidate p, EventCues cues)
    {
        Span paragraph = view.ParagraphOf(p.Span);
        return IsDestination(view, p, paragraph, cues) || IsOrigin(view, p, paragraph, cues);
    }

    private static bool InDateline(DocumentView view, PlaceCandidate p)
    {
        Span paragraph = view.ParagraphOf(p.Span);
        if (p.Span.Start - paragraph.Start >= DatelineChars) return false;
        foreach (Span sentence in view.Sentences)
        {
            if (sentence.Contains(p.Span)) return sentence.Start == paragraph.Start && p.Span.End <= DatelineEnd(view, sentence);
        }
        return false;
    }

    private static EventPlace Widen(EventPlace place) => place.Precision switch
    {
        GeoPrecision.Exact => place with { Precision = GeoPrecision.Near },
        _ => place,
    };
}
