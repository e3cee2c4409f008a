using System.Text.RegularExpressions;

namespace Sitrep.Geo;

/// <summary>
/// The country a name is placed in by the words just before it: a demonym heading the place noun
/// ("the central Bangladeshi town of Gopalganj", "the Nigerian city of Maiduguri") or a country in
/// the possessive ("Bangladesh's Gopalganj", "Mali's northern Kidal region"). Like a qualifier after
/// a comma, it settles which of several same-named places is meant.
/// </summary>
internal sealed partial class ToponymFinder
{
    /// <summary>How far back the country may stand: a few adjectives, a place noun and "of".</summary>
    private const int CountryBeforeWindow = 64;

    private string? CountryBefore(string text, int nameStart)
    {
        int from = Math.Max(0, nameStart - CountryBeforeWindow);
        string before = text[from..nameStart];
        Match demonym = DemonymPlaceNoun().Match(before);
        if (demonym.Success && gazetteer.CountryOfDemonym(demonym.Groups["demonym"].Value) is string byDemonym) return byDemonym;
        Match possessive = CountryPossessive().Match(before);
        if (!possessive.Success) return null;
        return gazetteer.Lookup(possessive.Groups["country"].Value).FirstOrDefault(e => e.Kind == PlaceKind.Country)?.CountryIso3;
    }

    /// <summary>How far after a name its admin area may be named ("..., located in the partially occupied Luhansk region").</summary>
    private const int AdminAfterWindow = 72;

    /// <summary>
    /// The admin area named right after a place as the region it lies in: "the village of Tyotkino in the Kursk region",
    /// "Nevske, located in the partially occupied Luhansk region", "in Kwamdi in Borno state". Like a qualifier after a
    /// comma ("Bama, Borno"), it picks the namesake inside that area, or codes an unknown place to the area.
    /// </summary>
    private string? AdminAfter(string text, int nameEnd)
    {
        int length = Math.Min(AdminAfterWindow, text.Length - nameEnd);
        Match m = AdminRegion().Match(text.Substring(nameEnd, length));
        if (!m.Success) return null;
        string admin = m.Groups["admin"].Value;
        return gazetteer.Lookup(admin).Any(e => e.Kind is PlaceKind.Admin1 or PlaceKind.Admin2) ? admin : null;
    }

    [GeneratedRegex(@"^,?\s+(?:(?:located|situated)\s+)?in\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?<admin>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?:region|province|state|oblast|district|governorate|county|prefecture)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AdminRegion();

    [GeneratedRegex(@"\b(?<demonym>\p{Lu}\p{L}+)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:town|city|village|capital|port|province|region|district|state|county|governorate|department|prefecture|municipality|commune|locality|area|settlement|camp|border\s+town|port\s+city)\s+of\s+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DemonymPlaceNoun();

    [GeneratedRegex(@"\b(?<country>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPossessive();
}
