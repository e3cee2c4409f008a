using System.Collections.Immutable;
using Sitrep.Actors;
using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// "Russia's Defense Ministry said its forces captured ...", "Moscow said its troops ...": unnamed forces
/// owned by the speaker ("its", "their", "our") are the speaker's country's military, not the military of
/// the country the story is about, which is how the actor matcher codes a bare "troops".
/// </summary>
internal static class PossessiveForces
{
    private static readonly string[] Possessives = ["its ", "their ", "our "];

    public static ImmutableArray<ActorCandidate> Recode(DocumentView view, EventCues cues, ActorDictionary? dictionary)
    {
        if (dictionary is null) return view.Actors;
        return [.. view.Actors.Select(a => Owner(view, cues, a) is string country && country != a.Actor.Country
            && dictionary.ForCountry(country, "military") is Actor military
                ? a with { Actor = dictionary.ToRef(military, view.Published) }
                : a)];
    }

    // The country of whoever speaks before the reporting verb that introduces the possessive: the first
    // coded actor or place of the sentence ("Russia's", "Moscow") before that verb.
    private static string? Owner(DocumentView view, EventCues cues, ActorCandidate forces)
    {
        if (forces.Actor.Inter != 1 || view.TextOf(forces.Span).Any(char.IsUpper)) return null;
        int start = forces.Span.Start;
        if (!Possessives.Any(p => start >= p.Length && view.Text.AsSpan(start - p.Length, p.Length).Equals(p, StringComparison.OrdinalIgnoreCase)))
            return null;
        Span? sentence = view.Sentences.Cast<Span?>().FirstOrDefault(s => s!.Value.Contains(forces.Span));
        if (sentence is not Span s) return null;
        if (cues.Last(CueKind.Attribution, view.Text, new Span(s.Start, start)) is not Span verb) return null;
        var speaker = new Span(s.Start, verb.Start);
        string? actorCountry = view.Within(view.Actors, speaker).Select(a => a.Actor.Country).FirstOrDefault(c => !string.IsNullOrEmpty(c));
        return actorCountry ?? view.Within(view.Places, speaker).Select(p => p.Place.Country).FirstOrDefault(c => c.Length > 0);
    }
}
