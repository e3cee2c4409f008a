using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// Turns the strongest trigger of each sentence into an event draft: type, roles, date, place, toll,
/// claims, background and aggregate flags, and evidence for each field it fills.
/// </summary>
internal sealed class EventBuilder(EventCues cues)
{
    private readonly ActorRoles _roles = new(cues);
    private readonly FatalityReader _fatalities = new(cues);
    private readonly ClaimReader _claims = new(cues);
    private readonly CampaignReader _campaigns = new(cues);
    private readonly RelativePlaces _relative = new(cues);

    /// <summary>An incident dated this many days before the story's lead incident is background.</summary>
    private const int EarlierThanLeadDays = 7;

    /// <summary>How far after a territory trigger its object may name an installation ("overran a newly built military post").</summary>
    private const int InstallationWords = 5;

    /// <summary>How far before a deed of destruction a crowd may be named as its subject ("an angry mob torched").</summary>
    private const int CrowdWords = 3;

    /// <summary>How far after a killing its object may name the victims ("killing at least 15 people").</summary>
    private const int VictimWords = 4;

    public IReadOnlyList<EventDraft> Build(DocumentView view, ImmutableArray<TriggerHit> hits)
    {
        var drafts = new List<EventDraft>();
        EventDate? lastDate = null, lead = null;
        var triggered = hits.Select(h => h.Sentence).ToHashSet();
        bool demonstrations = hits.Any(h => !h.Entry.DependsOnTarget && EventTyping.EventTypeOf(h.Entry.SubEventType) is AcledTypology.Protests or AcledTypology.Riots);
        foreach (IGrouping<Span, TriggerHit> sentence in hits.GroupBy(h => h.Sentence))
        {
            // "said it was leaving Mali after fighting militants for years": a campaign told as context gives way to the
            // incident the sentence reports, whatever their priorities.
            // "set fire to two trucks before withdrawing": a gerund after "before"/"after" tells a step of the main
            // clause's deed, not the sentence's news.
            // "troops killed a man who tried to attack them": a deed told in a relative clause describes a participant of
            // the main clause's deed, which is the sentence's news.
            // "arrested four men suspected of planting the bomb": a deed referred back to ("the bomb") gives way to the
            // one the sentence tells as new.
            TriggerHit hit = sentence.Count() == 1 ? sentence.First()
                : sentence.OrderBy(h => _campaigns.TellsCampaign(view, h)).ThenBy(h => SubordinateGerund(view.Text, h)).ThenBy(h => h.Relative)
                    .ThenBy(h => h.Anaphoric).ThenBy(h => RaidForArrests(view.Text, h, sentence))
                    .ThenByDescending(h => h.Entry.Priority).ThenBy(h => h.Span.Start).First();
            EventDraft? draft = Draft(view, hit, lastDate, triggered, demonstrations);
            if (draft is null) continue;
            // A news story leads with its news: an incident it tells later and dates well before the lead's is context.
            if (draft.OwnDate && !draft.Event.Background && lead is EventDate l && draft.Event.Date.End < l.Start.AddDays(-EarlierThanLeadDays))
                draft = draft with { Event = draft.Event with { Background = true } };
            if (draft.OwnDate && !draft.Event.Background) lead ??= draft.Event.Date;
            if (draft.OwnDate && !draft.Event.Background) lastDate = draft.Event.Date;
            EventDraft placed = draft;
            List<EventDraft> others = ListedPlaces(view, ref placed);
            drafts.Add(others.Count > 0 && placed.Event.Fatalities.Best is not null ? placed with { SharedToll = true } : placed);
            drafts.AddRange(others);
        }
        LoneSentences.AttachDenials(view, _claims, drafts);
        LoneSentences.AttachNoDeaths(view, _fatalities, drafts);
        LoneSentences.AttachResponsibility(view, _claims, drafts);
        return drafts;
    }

    // One event per location (ACLED): the same incident type at each further place the sentence lists with the placed one.
    // The sentence's toll is for all the places together ("attacked Bokkos and Barkin-Ladi, killing 96"); it stays with
    // the first so that no death is counted twice, and a later breakdown per place fills the others.
    // Which of the listed places the parse attached the trigger to is not news; the first named keeps the event and its toll.
    private static List<EventDraft> ListedPlaces(DocumentView view, ref EventDraft draft)
    {
        if (!draft.OwnPlace || draft.Event.Evidence.FirstOrDefault(x => x.Field == "place") is not Evidence placed) return [];
        IReadOnlyList<PlaceCandidate> listed = CoordinatedPlaces.Listed(view, placed.Span, draft.Hit.Sentence);
        if (listed.Count == 0) return [];
        if (listed[0].Span != placed.Span) draft = AtPlace(view, draft, listed[0], draft.Event.Fatalities);
        EventDraft lead = draft;
        return [.. listed.Skip(1).Select(other => AtPlace(view, lead, other, FatalityCount.Unknown))];
    }

    private static EventDraft AtPlace(DocumentView view, EventDraft draft, PlaceCandidate place, FatalityCount toll) => draft with
    {
        Event = draft.Event with
        {
            Place = place.Place,
            Fatalities = toll,
            Evidence = [.. draft.Event.Evidence.Where(x => toll.Best is not null || x.Field != "fatalities")
                .Select(x => x.Field == "place" ? new Evidence("place", place.Span, view.TextOf(place.Span)) : x)],
        },
    };

    private EventDraft? Draft(DocumentView view, TriggerHit hit, EventDate? lastDate, HashSet<Span> triggered, bool demonstrations)
    {
        string text = view.Text;
        RoleFacts roles = _roles.Read(view, hit);
        // "Al Shabaab claimed responsibility for the bombing": ACLED codes a claimed attack to the group that claims it.
        if (roles.Actor1 is null && Claimant(view, hit) is ActorCandidate claimant && claimant != roles.Actor2) roles = roles with { Actor1 = claimant };
        // "Gunmen killed six people at a car wash, the latest bloodshed in a feud between factions of the Sinaloa Cartel":
        // the people killed are the target; an armed actor named further on is context, not the side fought.
        bool civilianVictims = hit.Entry.DependsOnTarget && KillsVictims(text, hit);
        if (civilianVictims && roles.Actor2 is { IsArmed: true } armed && armed.Span.Start > hit.Span.End) roles = roles with { Actor2 = null, Assoc2 = [] };
        FatalityFact? toll = _fatalities.InSentence(view, hit.Sentence);
        bool intervention = cues.Any(CueKind.Intervention, text, hit.Sentence);
        PlaceFact? place = _relative.Correct(view, hit.Sentence, PlaceReader.InSentence(view, hit, cues));
        bool ownPlace = place is not null;
        place ??= PlaceReader.Context(view, hit, cues);
        EventPlace eventPlace = place?.Place ?? CountryOfActors(roles) ?? new EventPlace { Country = "" };
        string sub = EventTyping.SubType(hit.Entry, roles, intervention, toll is not null, MilitaryTarget(text, hit), eventPlace.Country,
            cues.Any(CueKind.Installation, text, TextWindows.WordsAfter(text, hit.Span.End, InstallationWords, hit.Sentence)));
        if (civilianVictims && sub == "Armed clash" && roles.Actor2 is null) sub = "Attack";
        if (hit.Entry.DependsOnTarget && sub is "Armed clash" or "Attack" && RemoteWeapons.SubType(cues, text, hit) is string remote) sub = remote;
        // "Protesters set fire to a police station": destruction in the demonstration's own sentence makes it a riot.
        if (sub is "Peaceful protest" or "Protest with intervention" && cues.Any(CueKind.RiotDeed, text, hit.Sentence)) sub = "Violent demonstration";
        // "A crowd set fire to a police post": people without arms destroying property riot (ACLED keeps the looting
        // sub-type for armed actors); in a story of demonstrations the crowd is demonstrators turned violent.
        if (sub == AcledTypology.LootingPropertyDestruction && roles.Actor1 is null && cues.Any(CueKind.Crowd, text, TextWindows.WordsBefore(text, hit.Span.Start, CrowdWords, hit.Sentence)))
            sub = demonstrations ? AcledTypology.ViolentDemonstration : AcledTypology.MobViolence;
        string type = EventTyping.EventTypeOf(sub);

        // "Fifteen suspects were arrested": an arrest nobody is said to make is made by the state force the story named last.
        if (sub == AcledTypology.Arrests && roles.Actor1 is null && StoryForce(view, hit, eventPlace.Country, roles.Actor2) is ActorCandidate force)
            roles = roles with { Actor1 = force };

        DatedFact? dated = DateReader.InSentence(view, hit, cues, EventTyping.IsViolent(type));
        // "By Friday the toll had risen to 13": a later count's date is when it was made, not when the incident happened.
        if (toll is { Update: true } && hit.Entry.OnlyAddsFacts) dated = null;
        // A wire lead often leaves the day to the sentence after it ("Bandits abducted 40 villagers ..., police said on
        // Wednesday. The gunmen arrived late on Monday"): the story's first incident takes that day when the next
        // sentence tells no incident of its own.
        if (dated is null && lastDate is null && EventTyping.IsViolent(EventTyping.EventTypeOf(sub))
            && DateReader.InNextSentence(view, hit, cues, triggered) is DatedFact next)
            dated = next;
        dated ??= DateReader.InPreviousSentence(view, hit);
        // Undated violence continues the incident just told; an undated announcement (withdrawal, arrest) is the day's news.
        EventDate? context = EventTyping.IsViolent(type) ? lastDate : null;
        EventDate? published = view.Published is DateOnly p ? EventDate.OnDay(p) : null;
        if ((dated?.Date ?? context ?? published) is not EventDate date) return null;
        // "Rights groups say both militants and the security forces have killed civilians": a present perfect with no
        // time, place or count of its own states a record, not an incident.
        if (dated is null && !ownPlace && toll is null && cues.Any(CueKind.PresentPerfect, text, TextWindows.WordsBefore(text, hit.Span.Start, PerfectWords, hit.Sentence)))
            return null;
        Span? counted = _campaigns.ContinuedCount(view, hit);
        bool aggregate = hit.Aggregate || _campaigns.TellsCampaign(view, hit) || _campaigns.CountsSince(view, hit) || counted is not null;
        // The count goes on where the sentence it continues set it ("Raids in the West Bank have grown deadlier since ...").
        if (counted is Span from && !ownPlace && PlaceReader.InSentence(view, hit with { Sentence = from }, cues) is PlaceFact there)
            (place, eventPlace) = (there, there.Place);
        // "a spate of attacks in recent weeks" with no place of its own spans the country, not the story's main town.
        if (aggregate && !ownPlace && place?.Evidence is null && PlaceReader.CountryFocus(view) is PlaceFact country)
            (place, eventPlace) = (country, country.Place);
        bool backshifted = hit.ReportedPerfect is Span perfect && dated?.Evidence is Span told && told.Start > perfect.Start;
        bool background = (hit.Background && !backshifted) || DateReader.IsBackground(date, view.Published)
            || (aggregate && DateReader.IsLongSummary(date, view.Published));

        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        evidence.Add(new Evidence("event", hit.Sentence, view.TextOf(hit.Sentence)));
        if (dated?.Evidence is Span ds) evidence.Add(new Evidence("date", ds, view.TextOf(ds)));
        if (place?.Evidence is Span ps) evidence.Add(new Evidence("place", ps, view.TextOf(ps)));
        if (roles.Actor1 is not null) evidence.Add(new Evidence("actor1", roles.Actor1.Span, view.TextOf(roles.Actor1.Span)));
        if (roles.Actor2 is not null) evidence.Add(new Evidence("actor2", roles.Actor2.Span, view.TextOf(roles.Actor2.Span)));
        if (toll is not null) evidence.AddRange(toll.Evidence.Select(s => new Evidence("fatalities", s, view.TextOf(s))));

        var e = new ConflictEvent
        {
            Id = "",
            EventType = type,
            SubEventType = sub,
            PloverType = hit.Entry.PloverType,
            PloverMode = hit.Entry.PloverMode,
            Actor1 = roles.Actor1?.Actor,
            Actor2 = roles.Actor2?.Actor,
            AssocActor1 = [.. roles.Assoc1.Select(a => a.Actor)],
            AssocActor2 = [.. roles.Assoc2.Select(a => a.Actor)],
            Date = date,
            Place = eventPlace,
            Fatalities = toll?.Count ?? FatalityCount.Unknown,
            Claims = _claims.SpeakingFor(_claims.InSentence(view, hit.Sentence, toll is not null), roles.Actor1?.Actor),
            Background = background,
            Aggregate = aggregate,
            Confidence = Confidence(hit, dated is not null, ownPlace, roles),
            Span = hit.Sentence,
            Evidence = evidence.ToImmutable(),
        };
        return new EventDraft(e, hit, dated is not null, ownPlace)
        {
            CivilianVictims = civilianVictims && roles.Actor2 is null,
            TollUpdate = toll is { Update: true },
            NewIncident = cues.Any(CueKind.Separate, text, new Span(hit.Sentence.Start, hit.Span.Start)) || AnotherBefore(text, hit),
            ClaimCoversSummary = ClaimsSummary(text, hit),
            FightsBack = e.EventType == AcledTypology.Battles && cues.Any(CueKind.Resistance, text, hit.Sentence),
        };
    }

    // A killing in the sentence whose object is a victims noun ("killed at least 15 people ... in an attack").
    private bool KillsVictims(string text, TriggerHit hit) =>
        cues.All(CueKind.Fatality, text, hit.Sentence)
            .Any(k => cues.Any(CueKind.Victims, text, TextWindows.WordsAfter(text, k.End, VictimWords, hit.Sentence)));

    // The target named right after the trigger ("attacked an army post"), or the subject of a passive ("troops were killed").
    private bool MilitaryTarget(string text, TriggerHit hit) =>
        cues.Any(CueKind.MilitaryTarget, text, TextWindows.WordsAfter(text, hit.Span.End, 5, hit.Sentence))
        || (cues.Any(CueKind.Passive, text, TextWindows.WordsBefore(text, hit.Span.Start, 2, hit.Sentence))
            && cues.Any(CueKind.MilitaryTarget, text, TextWindows.WordsBefore(text, hit.Span.Start, 8, hit.Sentence)));


    // "claimed responsibility for the violence in recent days, including a bombing": an instance cue between the
    // responsibility cue and the trigger singles this incident out of what the claim names.
    private bool ClaimsSummary(string text, TriggerHit hit) =>
        cues.First(CueKind.Responsibility, text, hit.Sentence) is Span resp && resp.End <= hit.Span.Start
        && cues.Any(CueKind.Instance, text, new Span(resp.End, hit.Span.Start));

    // The group claiming responsibility by a cue that comes before the trigger, or null.
    private ActorCandidate? Claimant(DocumentView view, TriggerHit hit) =>
        _claims.Responsibility(view, hit.Sentence) is ({ } group, Span cue) && cue.End <= hit.Span.Start ? group : null;

    /// <summary>How far before the participle its auxiliary may stand ("have repeatedly killed").</summary>
    private const int PerfectWords = 2;

    // "SDF raid in Hajin overnight: 9 suspected ISIS cell members arrested": a raid that kills no one and ends in
    // arrests is the arrest operation (ACLED codes it as arrests).
    private bool RaidForArrests(string text, TriggerHit hit, IEnumerable<TriggerHit> sentence) =>
        cues.First(CueKind.Raid, text, hit.Span) is Span raid && raid.Start == hit.Span.Start
        && sentence.Any(o => o.Entry.SubEventType == AcledTypology.Arrests) && !cues.Any(CueKind.Fatality, text, hit.Sentence);

    private static readonly string[] Subordinators = ["before", "after", "while", "upon"];

    // "before withdrawing", "after storming": a gerund trigger right after a temporal subordinator.
    private static bool SubordinateGerund(string text, TriggerHit hit)
    {
        ReadOnlySpan<char> trigger = text.AsSpan(hit.Span.Start, hit.Span.Length);
        int space = trigger.IndexOf(' ');
        if (!(space < 0 ? trigger : trigger[..space]).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        Span before = TextWindows.WordsBefore(text, hit.Span.Start, 1, hit.Sentence);
        ReadOnlySpan<char> word = text.AsSpan(before.Start, before.Length).Trim();
        foreach (string s in Subordinators)
        {
            if (word.Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "another attack", "yet another, smaller-scale ambush": the writer counts a second incident, not the one just told.
    private static bool AnotherBefore(string text, TriggerHit hit)
    {
        Span window = TextWindows.WordsBefore(text, hit.Span.Start, 3, hit.Sentence);
        foreach (string word in text.Substring(window.Start, window.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word.TrimEnd(',').Equals("another", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The last state force of the event's country named before the trigger ("government troops", "the army").
    private static ActorCandidate? StoryForce(DocumentView view, TriggerHit hit, string country, ActorCandidate? arrested) =>
        view.Actors.LastOrDefault(a => a.Span.End <= hit.Span.Start && a.Actor.Inter == 1 && a.Actor.Name != arrested?.Actor.Name
            && (country.Length == 0 || a.Actor.Country == country) && !a.Actor.Name.StartsWith("Government", StringComparison.Ordinal));

    private static EventPlace? CountryOfActors(RoleFacts roles) =>
        new[] { roles.Actor1, roles.Actor2 }.Select(a => a?.Actor.Country).FirstOrDefault(c => c is not null) is string iso3
            ? new EventPlace { Country = iso3 }
            : null;

    // A rough prior: specific triggers, a date and a place of its own and named actors each make the reading likelier.
    private static double Confidence(TriggerHit hit, bool ownDate, bool ownPlace, RoleFacts roles) =>
        Math.Min(1, 0.35 + 0.05 * hit.Entry.Priority + (ownDate ? 0.15 : 0) + (ownPlace ? 0.15 : 0) + (roles.Actor1 is not null ? 0.1 : 0));
}
