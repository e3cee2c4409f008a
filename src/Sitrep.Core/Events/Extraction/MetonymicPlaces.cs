using Sitrep.Documents;

namespace Sitrep.Events.Extraction;

/// <summary>
/// "... since Washington resumed its bombing campaign", "Moscow said": a foreign capital or country that is the
/// subject of a verb stands for its government, not for a place where something happened, so it is no
/// event's scene. Only places outside the country the document's places name most: a town of the story's own
/// country as subject ("Goma fell to the rebels") is still the scene.
/// </summary>
internal static class MetonymicPlaces
{
    public static DocumentView Drop(DocumentView view)
    {
        if (view.Syntax.IsEmpty || view.PlaceFocusCountry is not string focus) return view;
        var dropped = view.Places.Where(p => p.Place.Country.Length > 0 && p.Place.Country != focus && IsSubject(view, p.Span)).ToHashSet();
        return dropped.Count == 0 ? view : view with { Places = [.. view.Places.Where(p => !dropped.Contains(p))] };
    }

    private static bool IsSubject(DocumentView view, Span name)
    {
        int token = view.Syntax.LastTokenIn(name);
        return token >= 0 && view.Syntax.Relation(token) == "nsubj";
    }
}
