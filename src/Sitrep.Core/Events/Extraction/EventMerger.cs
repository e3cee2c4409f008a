using System.Collections.Immutable;

namespace Sitrep.Events.Extraction;

/// <summary>
/// One incident, one event: mentions of the same type, date (within a day) and place merge; words
/// that only add facts ("the toll rose to 12") join the event reported just before them.
/// </summary>
internal static class EventMerger
{
    private const double SamePlaceKm = 25;

    public static IReadOnlyList<ConflictEvent> Merge(IReadOnlyList<EventDraft> drafts)
    {
        var merged = new List<EventDraft>();
        foreach (EventDraft next in drafts)
        {
            EventDraft draft = PropertyDamageDuringLast(merged, next) ? next with { DuringLast = true } : next;
            if (ArrestsAtLastProtest(merged, draft))
            {
                merged[^1] = Intervened(merged[^1], draft);
                continue;
            }
            if (ResistsLastAttack(merged, draft))
            {
                EventDraft fought = Combine(merged[^1], draft);
                merged[^1] = fought with { Event = fought.Event with { EventType = AcledTypology.Battles, SubEventType = AcledTypology.ArmedClash } };
                continue;
            }
            int target = draft.NewIncident ? -1 : draft.OnlyAddsFacts ? LastCompatible(merged, draft) : merged.FindIndex(m => SameIncident(m, draft));
            if (target < 0 && draft.Elaborates && !draft.NewIncident) target = LastCompatible(merged, draft);
            if (target >= 0) merged[target] = Combine(merged[target], draft);
            else if (!draft.OnlyAddsFacts) merged.Add(draft);
        }
        ClaimsForSummaries(merged);
        return TargetRules.FromStory([.. merged.Select(m => TargetRules.Settle(m.Event with { Claims = ClaimReader.Settle(m.Event.Claims) }))]);
    }

    // A responsibility claim for a summary that singles one incident out ("claimed responsibility for the violence in
    // recent days, including a bombing") also covers the summary the story told just before it ("a spate of attacks").
    private static void ClaimsForSummaries(List<EventDraft> merged)
    {
        for (int i = 1; i < merged.Count; i++)
        {
            if (!merged[i].ClaimCoversSummary || merged[i].Event.Aggregate) continue;
            int summary = merged.FindLastIndex(i - 1, m => m.Event.Aggregate && !m.Event.Background);
            if (summary < 0) continue;
            ImmutableArray<Claim> claims = merged[i].Event.Claims.Where(c => c.What == ClaimKind.Responsibility).ToImmutableArray();
            ConflictEvent e = merged[summary].Event;
            merged[summary] = merged[summary] with { Event = e with { Claims = [.. e.Claims.Concat(claims).DistinctBy(c => (c.What, c.By.FirstOrDefault()))] } };
        }
    }

    // ACLED codes looting and property destruction on their own only when no other violence
    // happens: torching vehicles in the course of an ambush is part of the ambush. A mention with
    // its own date or place, or opened as a separate incident, is a new event.
    private static bool PropertyDamageDuringLast(List<EventDraft> merged, EventDraft draft) =>
        merged.Count > 0 && draft.Event.SubEventType == AcledTypology.LootingPropertyDestruction && !draft.OwnDate && !draft.OwnPlace && !draft.NewIncident
        && EventTyping.IsViolent(merged[^1].Event.EventType);


    // ACLED codes arrests of demonstrators as the intervention in their protest, not as an event of their own: "About 20
    // women gathered outside a school to protest. Taliban fighters fired into the air to disperse them and detained two
    // of the women." An arrest told right after the protest, at its place and day, is that intervention.
    private static bool ArrestsAtLastProtest(List<EventDraft> merged, EventDraft draft) =>
        merged.Count > 0 && draft.Event.SubEventType == AcledTypology.Arrests && !draft.NewIncident && !draft.Event.Background
        && merged[^1].Event.EventType == AcledTypology.Protests && !merged[^1].Event.Background
        && (!draft.OwnDate || Near(merged[^1].Event.Date, draft.Event.Date))
        && SamePlace(merged[^1].Event.Place, draft.Event.Place, merged[^1].OwnPlace && draft.OwnPlace);


    // "Armed youths attacked cattle camps outside Akobo, killing dozens. ... The camps' armed guards fought back for
    // several hours": the attack was met by arms, so it is one armed clash (ACLED), not an attack and a clash.
    private static bool ResistsLastAttack(List<EventDraft> merged, EventDraft draft) =>
        draft.FightsBack && !draft.OwnDate && !draft.NewIncident && merged.Count > 0
        && merged[^1].Event.EventType == AcledTypology.ViolenceAgainstCivilians && merged[^1].Event.SubEventType == AcledTypology.Attack
        && !merged[^1].Event.Background && SamePlace(merged[^1].Event.Place, draft.Event.Place, merged[^1].OwnPlace && draft.OwnPlace);


    private static EventDraft Intervened(EventDraft protest, EventDraft arrests)
    {
        ConflictEvent p = protest.Event;
        // Whoever made the arrests intervened; arrests nobody is said to make were coded as the police's.
        ActorRef? force = arrests.Event.Actor1 is { Inter: not (5 or 6 or 7) } arresting ? arresting : null;
        ConflictEvent e = p with
        {
            SubEventType = p.SubEventType == AcledTypology.PeacefulProtest ? AcledTypology.ProtestWithIntervention : p.SubEventType,
            Actor2 = p.Actor2 ?? force,
            Claims = ClaimReader.Union(p.Claims, arrests.Event.Claims),
            Evidence = p.Actor2 is null && force is not null
                ? [.. p.Evidence, .. arrests.Event.Evidence.Where(x => x.Field == "actor1").Select(x => x with { Field = "actor2" })]
                : p.Evidence,
        };
        return protest with { Event = e };
    }


    private static int LastCompatible(List<EventDraft> merged, EventDraft draft)
    {
        if (merged.Count == 0) return -1;
        EventDraft last = merged[^1];
        // "Toll in Al-Busayrah rises to 6", told after an incident elsewhere: a fact that names its place joins the
        // latest incident at that place rather than the one told just before it.
        if (draft.OwnPlace && last.OwnPlace && !SamePlace(last.Event.Place, draft.Event.Place, bothNamed: true))
        {
            int atPlace = merged.FindLastIndex(m => m.OwnPlace && SamePlace(m.Event.Place, draft.Event.Place, bothNamed: true) && Fits(m, draft));
            if (atPlace >= 0) return atPlace;
        }
        return Fits(last, draft) ? merged.Count - 1 : -1;
    }

    private static bool Fits(EventDraft kept, EventDraft draft)
    {
        // "the attack" may give the date the first report left out; an undated first report takes it.
        bool dateFits = !draft.OwnDate || Near(kept.Event.Date, draft.Event.Date) || (draft.Hit.Anaphoric && !kept.OwnDate);
        return dateFits && kept.Event.Background == draft.Event.Background && !SummaryBesideIncident(kept, draft);
    }

    // Strategic developments share a type but not a deed: an arrest told after a looting is another incident.
    private static bool SameIncident(EventDraft a, EventDraft b) =>
        (a.Event.EventType == b.Event.EventType || GuessFits(a, b) || GuessFits(b, a) || TurnsViolent(a, b))
        && (a.Event.EventType != AcledTypology.StrategicDevelopments || a.Event.SubEventType == b.Event.SubEventType)
        && a.Event.Background == b.Event.Background
        && !SummaryBesideIncident(a, b)
        && (Near(a.Event.Date, b.Event.Date) || !a.OwnDate || !b.OwnDate)
        && SamePlace(a.Event.Place, b.Event.Place, a.OwnPlace && b.OwnPlace);

    // A summary of many incidents with a toll of its own ("a spate of attacks that killed more than 100") is none
    // of them: it stays a record of its own instead of lending its toll and dates to one incident told beside it.
    // A summary that counts nothing is commentary on the incident and merges as any mention does.
    private static bool SummaryBesideIncident(EventDraft a, EventDraft b) =>
        a.Event.Aggregate != b.Event.Aggregate
        && (a.Event.Aggregate ? a : b).Event.Fatalities.Best is not null;

    // ACLED: a demonstration in which the demonstrators turn to violence ("some threw stones at police") is a riot,
    // one event, not a protest and a riot.
    private static bool TurnsViolent(EventDraft protest, EventDraft riot) =>
        protest.Event.EventType == AcledTypology.Protests && riot.Event.SubEventType == AcledTypology.ViolentDemonstration;


    private static bool GuessFits(EventDraft guess, EventDraft other) =>
        guess.TypeIsGuess && other.Event.EventType is AcledTypology.Battles or AcledTypology.ViolenceAgainstCivilians;

    private static bool Near(EventDate a, EventDate b) =>
        a.Start.AddDays(-1) <= b.End && b.Start.AddDays(-1) <= a.End;

    private static bool SamePlace(EventPlace a, EventPlace b, bool bothNamed)
    {
        if (a.Country != b.Country) return false;
        if (!bothNamed || a.Location is null || b.Location is null) return true;
        if (string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase)) return true;
        // "in the south of Borno State" and then "at Kwamdi village, Damboa": the region the first report gave holds the later place.
        if (Holds(a, b) || Holds(b, a)) return true;
        return a.Point is GeoPoint p && b.Point is GeoPoint q && p.DistanceKm(q) <= SamePlaceKm;
    }

    private static bool Holds(EventPlace region, EventPlace place) =>
        // Only a place that is the region itself: a village the gazetteer lacks is coded at its region's precision too.
        region.Precision == GeoPrecision.Admin1 && region.Admin1 is not null && place.Precision != GeoPrecision.Admin1
        && string.Equals(region.Location, region.Admin1, StringComparison.OrdinalIgnoreCase)
        && string.Equals(region.Admin1, place.Admin1, StringComparison.OrdinalIgnoreCase);

    // The first report's date, unless it had none or a later mention pins it down inside it ("last week" → "last Wednesday").
    private static EventDate MergedDate(EventDraft kept, EventDraft added)
    {
        EventDate k = kept.Event.Date, a = added.Event.Date;
        if (!added.OwnDate) return k;
        if (!kept.OwnDate) return a;
        return a.Precision < k.Precision && k.Contains(a.Start) && k.Contains(a.End) ? a : k;
    }

    // Two sources giving their own toll for one incident ("the organisers put the toll at 40") disagree: the most conservative figure is best, the
    // largest claimed is high (GUIDELINES.md). Otherwise a later toll adds to or updates the first, and the larger stands.
    private static FatalityCount MergedToll(ConflictEvent k, ConflictEvent a, bool onlyToll)
    {
        FatalityCount x = k.Fatalities, y = a.Fatalities;
        int kb = x.Best ?? x.Low ?? -1, ab = y.Best ?? y.Low ?? -1;
        if (!onlyToll || kb < 0 || ab < 0 || kb == ab || !OtherSources(k.Claims, a.Claims)) return ab > kb ? y : x;
        FatalityCount low = kb < ab ? x : y, high = kb < ab ? y : x;
        return new FatalityCount(low.Low, low.Best, Math.Max(high.High ?? high.Best ?? 0, low.High ?? 0));
    }

    // "The toll rose to 14": the later count replaces the first as best, whoever gives it; an earlier higher claim stays high.
    private static FatalityCount UpdatedToll(FatalityCount first, FatalityCount later)
    {
        if (later.Best is not int best || (first.Best ?? first.Low) is int earlier && earlier >= best) return first;
        int? high = Math.Max(later.High ?? best, first.High ?? 0);
        return new FatalityCount(later.Low ?? best, best, high > best ? high : null);
    }

    private static bool OtherSources(ImmutableArray<Claim> first, ImmutableArray<Claim> second)
    {
        var one = first.Where(c => c.What == ClaimKind.Fatalities).SelectMany(c => c.By).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var two = second.Where(c => c.What == ClaimKind.Fatalities).SelectMany(c => c.By).ToList();
        return one.Count > 0 && two.Count > 0 && !two.Any(one.Contains);
    }

    // The more precise place; or a place the later mention names inside what the first report gave only as a
    // country or a region ("in Borno State" → "at Kwamdi village"), even one coded at the region's precision.
    private static EventPlace BetterPlace(EventDraft kept, EventDraft added)
    {
        EventPlace k = kept.Event.Place, a = added.Event.Place;
        if (!added.OwnPlace) return k;
        if ((int)a.Precision < (int)k.Precision) return a;
        if (a.Precision != k.Precision || a.Country != k.Country || a.Location is null || a.Location == k.Location) return k;
        bool inside = k.Location is null || (k.Precision == GeoPrecision.Admin1 && k.Admin1 is not null && a.Admin1 == k.Admin1);
        return inside ? a : k;
    }

    private static EventDraft Combine(EventDraft kept, EventDraft added)
    {
        ConflictEvent k = kept.Event, a = added.Event;
        bool addedStronger = !added.OnlyAddsFacts && !added.Elaborates && added.Priority > kept.Priority && a.EventType == k.EventType;
        bool takeType = kept.TypeIsGuess && !added.TypeIsGuess && !added.OnlyAddsFacts && !added.Elaborates;
        takeType |= TurnsViolent(kept, added);
        addedStronger |= takeType;
        ConflictEvent e = k with
        {
            EventType = takeType ? a.EventType : k.EventType,
            SubEventType = addedStronger ? a.SubEventType : k.SubEventType,
            PloverType = addedStronger ? a.PloverType : k.PloverType,
            PloverMode = addedStronger ? a.PloverMode : k.PloverMode,
            Actor1 = k.Actor1 ?? a.Actor1,
            Actor2 = k.Actor2 ?? (a.Actor1?.Name == k.Actor1?.Name ? a.Actor2 : null) ?? a.Actor2,
            AssocActor1 = k.AssocActor1.IsEmpty ? a.AssocActor1 : k.AssocActor1,
            AssocActor2 = k.AssocActor2.IsEmpty ? a.AssocActor2 : k.AssocActor2,
            Date = MergedDate(kept, added),
            Place = BetterPlace(kept, added),
            // A toll for the listed places together gives way to the count a later mention gives for this place alone.
            Fatalities = kept.SharedToll && added.OwnPlace && a.Fatalities.Best is not null ? a.Fatalities
                : added.TollUpdate ? UpdatedToll(k.Fatalities, a.Fatalities) : MergedToll(k, a, added.OnlyAddsFacts),
            Claims = ClaimReader.Union(k.Claims, a.Claims),
            Aggregate = k.Aggregate && a.Aggregate,
            Confidence = Math.Min(1, Math.Max(k.Confidence, a.Confidence) + 0.05),
            Evidence = [.. k.Evidence, .. a.Evidence.Where(x => x.Field != "event")],
        };
        return kept with
        {
            Event = e, OwnDate = kept.OwnDate || added.OwnDate, OwnPlace = kept.OwnPlace || added.OwnPlace,
            SharedToll = kept.SharedToll && !(added.OwnPlace && a.Fatalities.Best is not null),
        };
    }
}
