using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// ACLED types an event by its means before its target: a missile, shell or drone that strikes makes
/// shelling or an air/drone strike, whoever it kills ("Russian missiles struck Kharkiv, killing four").
/// </summary>
internal static class RemoteWeapons
{
    /// <summary>How many words after the weapon its striking verb may come ("shells fired from the hills held by the rebels struck").</summary>
    private const int StrikeWords = 10;

    private const string AirStrike = "Air/drone strike";
    private const string Shelling = "Shelling/artillery/missile attack";

    /// <summary>
    /// The Explosions/Remote violence sub-type when a remote weapon named before the trigger is the
    /// thing that struck (a strike verb follows it before the trigger); otherwise null.
    /// </summary>
    public static string? SubType(EventCues cues, string text, TriggerHit hit)
    {
        var before = new Span(hit.Sentence.Start, hit.Span.Start);
        Span? air = Striking(cues, CueKind.AirWeapon, text, before, hit);
        Span? artillery = Striking(cues, CueKind.ArtilleryWeapon, text, before, hit);
        // The first weapon named is the subject; a second one is usually part of its phrase ("drones and missiles").
        return (air, artillery) switch
        {
            (Span a, Span r) => a.Start <= r.Start ? AirStrike : Shelling,
            (Span, null) => AirStrike,
            (null, Span) => Shelling,
            _ => null,
        };
    }

    /// <summary>How many words may stand between a weapon and the attack verb it is the subject of ("drones reportedly attacked").</summary>
    private const int SubjectGapWords = 1;

    private static bool SubjectOf(string text, Span weapon, Span trigger, Span sentence) =>
        weapon.End <= trigger.Start && text.AsSpan(weapon.End, trigger.Start - weapon.End).IndexOfAny(",;:.") < 0
        && weapon.End > TextWindows.WordsBefore(text, trigger.Start, SubjectGapWords + 1, sentence).Start;

    private static bool Carried(string text, Span weapon, Span sentence)
    {
        Span lead = TextWindows.WordsBefore(text, weapon.Start, CarriedWords, sentence);
        return text.AsSpan(lead.Start, lead.Length).Contains(" with ", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(lead.Start, lead.Length).StartsWith("with ", StringComparison.OrdinalIgnoreCase);
    }

    private const int CarriedWords = 4;

    private static Span? Striking(EventCues cues, CueKind kind, string text, Span before, TriggerHit hit)
    {
        foreach (Span weapon in cues.All(kind, text, before))
        {
            Span window = TextWindows.WordsAfter(text, weapon.End, StrikeWords, hit.Sentence);
            var untilTrigger = new Span(weapon.End, Math.Min(window.End, hit.Span.Start));
            if (untilTrigger.Length > 0 && cues.Any(CueKind.StrikeVerb, text, untilTrigger)) return weapon;
            // "Ukrainian drones attacked the city": the weapon is the trigger's own subject, not one the attackers carry
            // ("gunmen armed with rifles and rockets attacked").
            if (SubjectOf(text, weapon, hit.Span, hit.Sentence) && !Carried(text, weapon, hit.Sentence)) return weapon;
        }
        return null;
    }
}
