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

    private static Span? Striking(EventCues cues, CueKind kind, string text, Span before, TriggerHit hit)
    {
        foreach (Span weapon in cues.All(kind, text, before))
        {
            Span window = TextWindows.WordsAfter(text, weapon.End, StrikeWords, hit.Sentence);
            var untilTrigger = new Span(weapon.End, Math.Min(window.End, hit.Span.Start));
            if (untilTrigger.Length > 0 && cues.Any(CueKind.StrikeVerb, text, untilTrigger)) return weapon;
        }
        return null;
    }
}
