namespace Sitrep.NerTrain;

/// <summary>
/// Splits the corpora's single place label (GMB geo, re3d Location) into GPE and LOC by the rule
/// in scripts/ner/loc-names.txt: LOC when a word is a geographic feature ("Euphrates River",
/// "Gulf of Aden") or the whole name is a region beyond any one state ("Middle East", "Sahel");
/// GPE otherwise. Defaulting to GPE suits news, whose places are mostly countries, cities, towns
/// and villages, many of which no gazetteer lists.
/// </summary>
internal sealed class PlaceLabels
{
    private readonly HashSet<string> _featureWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _regions = new(StringComparer.OrdinalIgnoreCase);

    public PlaceLabels(string path)
    {
        HashSet<string>? section = null;
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            if (text == "[feature-words]") section = _featureWords;
            else if (text == "[regions]") section = _regions;
            else if (section is null || text.StartsWith('[')) throw new InvalidDataException($"{path}:{line}: expected [feature-words] or [regions] before '{text}'");
            else if (!section.Add(text)) throw new InvalidDataException($"{path}:{line}: '{text}' listed twice");
        }
    }

    public string Label(string name)
    {
        string key = name.Trim();
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) key = key[4..];
        if (_regions.Contains(key)) return "LOC";
        return key.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(_featureWords.Contains) ? "LOC" : "GPE";
    }
}
