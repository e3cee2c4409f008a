using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>The initiator and target found for one trigger, with the spans that name them.</summary>
internal sealed record RoleFacts(ActorCandidate? Actor1, ActorCandidate? Actor2, IReadOnlyList<ActorCandidate> Assoc1, IReadOnlyList<ActorCandidate> Assoc2);

/// <summary>
/// Assigns actors of the trigger's sentence to roles by word order and cue words: the actor before
/// an active trigger initiates, the one after is the target; in the passive ("were killed") the
/// subject is the target; "by X" / "blamed on X" name the initiator, "against X" / "on X" the target.
/// </summary>
internal sealed class ActorRoles(EventCues cues)
{
    public RoleFacts Read(DocumentView view, TriggerHit hit)
    {
        string text = view.Text;
        var before = new List<ActorCandidate>();
        var after = new List<ActorCandidate>();
        var agents = new List<ActorCandidate>();
        foreach (ActorCandidate a in view.Within(view.Actors, hit.Sentence))
        {
            if (IsClaimant(text, a, hit)) continue;
            if (a.Span.End <= hit.Span.Start) before.Add(a);
            // "An Israeli air strike killed ...": the owner named inside the trigger's own phrase carried it out.
            else if (a.Span.Start < hit.Span.Start && a.Span.End >= hit.Span.End) agents.Add(a);
            else if (a.Span.Start >= hit.Span.End)
            {
                if (AfterConcession(text, hit.Span.End, a.Span.Start)) continue;
                Span lead = TextWindows.WordsBefore(text, a.Span.Start, 2, hit.Sentence);
                if (cues.Any(CueKind.Agent, text, lead)) agents.Add(a); else after.Add(a);
            }
        }
        // An actor before the trigger is its subject; with a passive verb between them ("soldiers were killed in an
        // attack", "troops were ambushed") the subject suffered the event rather than carried it out.
        var subjects = Nearest(before, hit.Span, fromEnd: true).ToList();
        List<ActorCandidate> sufferers = ListedOrder(text, [.. subjects.Where(a => cues.Any(CueKind.Passive, text, new Span(a.Span.End, hit.Span.Start)))]);
        List<ActorCandidate> initiators = [.. subjects.Except(sufferers), .. agents];
        List<ActorCandidate> targets = [.. sufferers, .. after];
        initiators = Distinct(initiators);
        targets = Distinct(targets).Where(t => !initiators.Any(i => i.Actor.Name == t.Actor.Name)).ToList();
        return new RoleFacts(
            initiators.FirstOrDefault(), targets.FirstOrDefault(),
            [.. initiators.Skip(1).Where(a => Compatible(a, initiators.FirstOrDefault()))],
            [.. targets.Skip(1).Where(a => Compatible(a, targets.FirstOrDefault()))]);
    }

    // The source of an attribution ("the army said", "according to police") is a claimant, not a participant.
    // The actor may be a modifier inside the source phrase ("the local VDP leader also reported"), as long as the
    // trigger does not stand between it and the reporting verb.
    private bool IsClaimant(string text, ActorCandidate actor, TriggerHit hit)
    {
        Span sentence = hit.Sentence;
        // "Taliban spokesman Zabihullah Mujahid said": a post after the actor may be followed by its holder's name.
        bool post = cues.Any(CueKind.SourceNoun, text, TextWindows.WordsAfter(text, actor.Span.End, 1, sentence));
        Span afterWords = TextWindows.WordsAfter(text, actor.Span.End, post ? SourceWords + NameWords : SourceWords, sentence);
        if (afterWords.Overlaps(hit.Span)) afterWords = new Span(afterWords.Start, Math.Max(afterWords.Start, hit.Span.Start));
        Span beforeWords = TextWindows.WordsBefore(text, actor.Span.Start, 2, sentence);
        string prior = text.Substring(beforeWords.Start, beforeWords.Length);
        return (cues.Any(CueKind.Attribution, text, afterWords) && !cues.Any(CueKind.Passive, text, afterWords))
            || prior.Contains("according to", StringComparison.OrdinalIgnoreCase)
            || InAppositivePost(text, actor, hit);
    }

    // "The Police Public Relations Officer, Mohammed Jalige, confirmed the abduction": the post is the source however
    // many words stand between the actor in it and the verb.
    private bool InAppositivePost(string text, ActorCandidate actor, TriggerHit hit) =>
        cues.All(CueKind.Attribution, text, new Span(actor.Span.End, hit.Sentence.End)).Any(cue =>
            AppositiveSources.Post(text, cue, hit.Sentence) is Span post && post.Contains(actor.Span) && !post.Overlaps(hit.Span));

    private const int SourceWords = 3;

    private const int NameWords = 2;

    // "... entered Goma, despite the UN Security Council demanding an end": a concessive clause after the event names
    // who objected or what went on around it, not whom the event struck.
    private static bool AfterConcession(string text, int from, int to) =>
        Concessions.Any(c => text.AsSpan(from, to - from).Contains(c, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] Concessions = [" despite ", " in spite of ", " although ", " though ", " amid ", " whereas "];

    // Victims listed before a passive verb ("31 soldiers and three auxiliaries were killed") are named main one first;
    // ordered by distance to the trigger the last-listed would come first.
    private static List<ActorCandidate> ListedOrder(string text, List<ActorCandidate> sufferers)
    {
        if (sufferers.Count < 2 || sufferers[1].Span.End > sufferers[0].Span.Start) return sufferers;
        Span gap = new(sufferers[1].Span.End, sufferers[0].Span.Start);
        bool listed = gap.Length <= MaxListGap && text.AsSpan(gap.Start, gap.Length).Contains(" and ", StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(gap.Start, gap.Length).IndexOfAny('.', ';') < 0;
        return listed ? [sufferers[1], sufferers[0], .. sufferers.Skip(2)] : sufferers;
    }

    private const int MaxListGap = 24;

    // Actors listed together ("Malian and Russian soldiers") sit side by side; keep the order of mention nearest the trigger first.
    private static IEnumerable<ActorCandidate> Nearest(List<ActorCandidate> actors, Span trigger, bool fromEnd) =>
        fromEnd ? actors.OrderBy(a => TextWindows.Distance(a.Span, trigger)) : actors;

    private static List<ActorCandidate> Distinct(IEnumerable<ActorCandidate> actors) =>
        actors.GroupBy(a => a.Actor.Name, StringComparer.Ordinal).Select(g => g.First()).ToList();

    private static bool Compatible(ActorCandidate other, ActorCandidate? main) =>
        main is not null && other.IsCivilian == main.IsCivilian;
}
