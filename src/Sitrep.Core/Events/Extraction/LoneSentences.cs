using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// A denial is news about the incident just told: "A spokesman for the military denied carrying out the strike" or
/// "The government denied that the base had fallen" tells no incident of its own (the deed it denies is no event), so
/// its denial claim joins the last incident the story reported before it. A denial in the present tense ("the junta
/// routinely denies ...") is a standing position, not an answer to the incident, and its cues are past tense only.
/// </summary>
internal static class LoneDenials
{
    public static void Attach(DocumentView view, ClaimReader claims, List<EventDraft> drafts)
    {
        if (drafts.Count == 0) return;
        // A sentence that tells only context ("X, which has carried out many attacks, denied involvement") tells no incident.
        var told = drafts.Where(Incident).Select(d => d.Hit.Sentence).ToHashSet();
        foreach (Span sentence in view.Sentences)
        {
            if (told.Contains(sentence) || claims.Denial(view, sentence) is not Claim denial) continue;
            int last = drafts.FindLastIndex(d => d.Hit.Sentence.End <= sentence.Start && Incident(d));
            if (last < 0) continue;
            ConflictEvent e = drafts[last].Event;
            if (e.Claims.Any(c => c.What == ClaimKind.Denial)) continue;
            drafts[last] = drafts[last] with { Event = e with { Claims = e.Claims.Add(denial) } };
        }
    }

    private static bool Incident(EventDraft draft) => !draft.Event.Background && !draft.Event.Aggregate;
}
