using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// Reads who asserts an event: "X claimed responsibility" → responsibility; "X said", "according to X"
/// → occurrence, and fatalities when the sentence gives a toll.
/// </summary>
internal sealed class ClaimReader(EventCues cues)
{
    public ImmutableArray<Claim> InSentence(DocumentView view, Span sentence, bool hasToll)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        string text = view.Text;
        if (cues.First(CueKind.Responsibility, text, sentence) is Span resp && Claimant(view, sentence, resp) is ActorCandidate who)
            claims.Add(new Claim([.. who.Actor.AllNames], ClaimKind.Responsibility));
        foreach (Span cue in cues.All(CueKind.Attribution, text, sentence))
        {
            if (Claimant(view, sentence, cue) is not ActorCandidate source) continue;
            ImmutableArray<string> by = [.. source.Actor.AllNames];
            claims.Add(new Claim(by, ClaimKind.Occurrence));
            if (hasToll) claims.Add(new Claim(by, ClaimKind.Fatalities));
            break;
        }
        return claims.ToImmutable();
    }

    // The claimant is the actor right before the verb ("the army said"), or right after it ("said the army", "according to police").
    private static ActorCandidate? Claimant(DocumentView view, Span sentence, Span cue)
    {
        ActorCandidate? best = null;
        int bestDistance = 40;
        foreach (ActorCandidate a in view.Within(view.Actors, sentence))
        {
            int d = TextWindows.Distance(a.Span, cue);
            if (d < bestDistance) (best, bestDistance) = (a, d);
        }
        return best;
    }
}
