using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// Reads who asserts an event: "X claimed responsibility" → responsibility; "X said", "according to X",
/// "militants say" → fatalities when the sentence gives a toll (the figure is what the source vouches
/// for), occurrence otherwise; "X denied responsibility" → denial.
/// </summary>
internal sealed class ClaimReader(EventCues cues)
{
    public ImmutableArray<Claim> InSentence(DocumentView view, Span sentence, bool hasToll)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        string text = view.Text;
        if (cues.First(CueKind.Responsibility, text, sentence) is Span resp
            && (ClaimSources.Find(view, sentence, resp, sourceAfter: false, actorOnly: true)?.Names ?? NearestActor(view, sentence, resp)) is { IsDefaultOrEmpty: false } who)
            claims.Add(new Claim(who, ClaimKind.Responsibility));
        if (cues.First(CueKind.Denial, text, sentence) is Span denial
            && ClaimSources.Find(view, sentence, denial, sourceAfter: false) is ClaimSource denier)
            claims.Add(new Claim(denier.Names, ClaimKind.Denial));
        ClaimKind kind = hasToll ? ClaimKind.Fatalities : ClaimKind.Occurrence;
        foreach (Span cue in cues.All(CueKind.Attribution, text, sentence))
        {
            bool after = text.AsSpan(cue.Start, cue.Length).StartsWith("according", StringComparison.OrdinalIgnoreCase);
            if (ClaimSources.Find(view, sentence, cue, after) is not ClaimSource source) continue;
            if (claims.Any(c => c.What == kind && c.By.SequenceEqual(source.Names))) continue;
            claims.Add(new Claim(source.Names, kind));
        }
        return claims.ToImmutable();
    }

    /// <summary>A source that vouches for the toll vouches for the event too: its occurrence claims add nothing.</summary>
    public static ImmutableArray<Claim> Settle(ImmutableArray<Claim> claims) =>
        claims.Any(c => c.What == ClaimKind.Fatalities) ? [.. claims.Where(c => c.What != ClaimKind.Occurrence)] : claims;

    // Without a source phrase, the actor right before or after the cue ("the army said", "claimed by JNIM").
    private static ImmutableArray<string> NearestActor(DocumentView view, Span sentence, Span cue)
    {
        ActorCandidate? best = null;
        int bestDistance = 40;
        foreach (ActorCandidate a in view.Within(view.Actors, sentence))
        {
            int d = TextWindows.Distance(a.Span, cue);
            if (d < bestDistance) (best, bestDistance) = (a, d);
        }
        return best is null ? [] : [.. best.Actor.AllNames];
    }
}
