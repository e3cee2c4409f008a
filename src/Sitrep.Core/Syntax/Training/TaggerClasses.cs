namespace Sitrep.Syntax.Training;

/// <summary>
/// The tagger's class inventory: UPOS|XPOS pairs seen at least a minimum number of times, commonest
/// first. The parser's features use these class numbers, so the order must stay as it is.
/// </summary>
internal sealed class TaggerClasses
{
    private readonly string[] _classes;
    private readonly Dictionary<string, int> _index;

    private TaggerClasses(string[] classes)
    {
        _classes = classes;
        _index = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        Upos = [.. classes.Select(c => c[..c.IndexOf('|')])];
        Xpos = [.. classes.Select(c => c[(c.IndexOf('|') + 1)..])];
    }

    public string[] Upos { get; }
    public string[] Xpos { get; }
    public int Count => _classes.Length;

    public static TaggerClasses From(List<TreebankSentence> train, int minClassCount)
    {
        var pairCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
            foreach (var w in s.Source.Words) pairCounts[w.Upos + "|" + w.Xpos] = pairCounts.GetValueOrDefault(w.Upos + "|" + w.Xpos) + 1;
        return new TaggerClasses([.. pairCounts.Where(p => p.Value >= minClassCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)]);
    }

    /// <summary>The pair's class, else the first class with its XPOS, else the first with its UPOS, else 0.</summary>
    public int ClassOf(string upos, string xpos)
    {
        if (_index.TryGetValue(upos + "|" + xpos, out int c)) return c;
        int byXpos = Array.FindIndex(_classes, k => k.EndsWith("|" + xpos, StringComparison.Ordinal));
        return byXpos >= 0 ? byXpos : Math.Max(0, Array.FindIndex(_classes, k => k.StartsWith(upos + "|", StringComparison.Ordinal)));
    }
}
