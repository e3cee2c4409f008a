namespace Sitrep.NerTrain;

/// <summary>
/// Cuts titles from the start of person mentions (scripts/ner/person-titles.txt), so that PERSON
/// is the name alone: GMB is inconsistent about titles ("President Bush" inside, "Minister"
/// mostly outside, "Prime" alone as a person), re3d's person spans are names, and the actor
/// coder wants the name.
/// </summary>
internal sealed class PersonTitles
{
    private readonly HashSet<string> _titles = new(StringComparer.OrdinalIgnoreCase);

    public PersonTitles(string path)
    {
        int line = 0;
        foreach (string raw in File.ReadLines(path))
        {
            line++;
            string text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            if (text.Contains(' ', StringComparison.Ordinal)) throw new InvalidDataException($"{path}:{line}: one word a line, not '{text}'");
            if (!_titles.Add(text)) throw new InvalidDataException($"{path}:{line}: '{text}' listed twice");
        }
    }

    /// <summary>Rewrites BIO <paramref name="labels"/> in place: leading title words of each PERSON become O.</summary>
    public void Strip(IReadOnlyList<string> words, string[] labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != "B-PERSON") continue;
            int k = i;
            while (k < labels.Length && (k == i || labels[k] == "I-PERSON") && _titles.Contains(words[k])) labels[k++] = "O";
            if (k > i && k < labels.Length && labels[k] == "I-PERSON") labels[k] = "B-PERSON";
            // Back to the last title cut, so the loop goes on at the mention's new first word.
            i = Math.Max(i, k - 1);
        }
    }
}
