using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// Sentences that tell no incident of their own but add a fact to the incident the story told just before them:
/// a denial ("A spokesman for the military denied carrying out the strike") or a statement that nobody died
/// ("No one was killed, he said").
/// </summary>
internal static class LoneSentences
{
    /// <summary>
    /// A denial is news about the incident just told: "The government denied that the base had fallen" tells no
    /// incident of its own (the deed it denies is no event), so its denial claim joins the last incident reported
    /// before it. A denial in the present tense ("the junta routinely denies ...") is a standing position, not an
    /// answer to the incident, and its cues are past tense only.
    /// </summary>
    public static void AttachDenials(DocumentView view, ClaimReader claims, List<EventDraft> drafts)
    {
        if (drafts.Count == 0) return;
        // A sentence that tells only context ("X, which has carried out many attacks, denied involvement") tells no incident.
        var told = drafts.Where(Incident).Select(d => d.Hit.Sentence).ToHashSet();
        foreach (Span sentence in view.Sentences)
        {
            if (told.Contains(sentence) || claims.Denial(view, sentence) is not Claim denial) continue;
            int last = LastIncidentBefore(drafts, sentence);
            if (last < 0) continue;
            ConflictEvent e = drafts[last].Event;
            if (e.Claims.Any(c => c.What == ClaimKind.Denial)) continue;
            drafts[last] = drafts[last] with { Event = e with { Claims = e.Claims.Add(denial) } };
        }
    }

    /// <summary>
    /// "Bandits abducted 40 villagers ... No one was killed, he said.": a sentence that tells no incident but says
    /// nobody died gives the incident told just before it a toll of 0, unless that incident already has one.
    /// </summary>
    public static void AttachNoDeaths(DocumentView view, FatalityReader fatalities, List<EventDraft> drafts)
    {
        if (drafts.Count == 0) return;
        var told = drafts.Select(d => d.Hit.Sentence).ToHashSet();
        foreach (Span sentence in view.Sentences)
        {
            if (told.Contains(sentence) || fatalities.NoDeaths(view, sentence) is not FatalityFact none) continue;
            int last = LastIncidentBefore(drafts, sentence);
            if (last < 0 || drafts[last].Event.Fatalities.Best is not null) continue;
            ConflictEvent e = drafts[last].Event;
            drafts[last] = drafts[last] with
            {
                Event = e with { Fatalities = none.Count, Evidence = e.Evidence.AddRange(none.Evidence.Select(s => new Evidence("fatalities", s, view.TextOf(s)))) },
            };
        }
    }

    /// <summary>
    /// "A suicide bomber blew himself up at the ministry ... ISKP claimed responsibility in a statement": a claim of
    /// responsibility that tells no incident of its own is made for the incident told before it. ACLED codes a claimed
    /// attack to the group that claims it, so the claimant becomes the attacker where the story named none.
    /// </summary>
    public static void AttachResponsibility(DocumentView view, ClaimReader claims, List<EventDraft> drafts)
    {
        if (drafts.Count == 0) return;
        var told = drafts.Where(Incident).Select(d => d.Hit.Sentence).ToHashSet();
        foreach (Span sentence in view.Sentences)
        {
            if (told.Contains(sentence) || claims.Responsibility(view, sentence) is not ({ } claimant, _)) continue;
            int last = LastIncidentBefore(drafts, sentence);
            if (last < 0 || !EventTyping.IsViolent(drafts[last].Event.EventType)) continue;
            ConflictEvent e = drafts[last].Event;
            if (e.Actor1 is not null && e.Actor1.Name != claimant.Actor.Name) continue;
            drafts[last] = drafts[last] with
            {
                Event = e with
                {
                    Actor1 = claimant.Actor,
                    Claims = e.Claims.Add(new Claim([.. claimant.Actor.AllNames], ClaimKind.Responsibility)),
                    Evidence = e.Actor1 is null ? e.Evidence.Add(new Evidence("actor1", claimant.Span, view.TextOf(claimant.Span))) : e.Evidence,
                },
            };
        }
    }

    private static int LastIncidentBefore(List<EventDraft> drafts, Span sentence) =>
        drafts.FindLastIndex(d => d.Hit.Sentence.End <= sentence.Start && Incident(d));

    private static bool Incident(EventDraft draft) => !draft.Event.Background && !draft.Event.Aggregate;
}
