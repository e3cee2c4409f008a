using Sitrep.Actors;

namespace Sitrep.Entities;

/// <summary>
/// Word classes the recogniser uses as features, built from the actor dictionary: demonyms
/// ("dem"), country-name words ("cty"), places ("plc") and words of named armed groups ("grp"),
/// and titles ("ttl") from the tokenizer lexicon.
/// A word in several classes gets them joined ("cty+grp").
/// </summary>
public static class NerLexicon
{
    /// <summary>The class of titles ("mr.", "gen."), which keep their dot as one token.</summary>
    public const string Title = "ttl";

    public static IReadOnlyDictionary<string, string> FromActors(ActorDictionary actors) => FromActors(actors, []);

    /// <summary>The actor dictionary's word classes, and <paramref name="titles"/> (with their dot, as the tokenizer lexicon lists them) as <see cref="Title"/>.</summary>
    public static IReadOnlyDictionary<string, string> FromActors(ActorDictionary actors, IEnumerable<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(actors);
        var classes = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void add(string phrase, string kind)
        {
            foreach (var span in EntityTokenizer.Tokenize(phrase))
            {
                string word = span.TextOf(phrase).ToLowerInvariant();
                if (word.Length < 2 || !char.IsLetter(word[0])) continue;
                if (!classes.TryGetValue(word, out SortedSet<string>? set)) classes[word] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(kind);
            }
        }
        foreach (CountryInfo c in actors.Countries)
        {
            foreach (string name in c.Names.Prepend(c.Name)) add(name, "cty");
            foreach (string demonym in c.Demonyms) add(demonym, "dem");
            foreach (string place in c.Places) add(place, "plc");
        }
        foreach (Actor a in actors.Actors.Where(a => a.Role is null && a.Source != "phoenix"))
        {
            foreach (string name in a.Aliases.Prepend(a.Name).Where(n => n.Length > 0 && char.IsUpper(n[0]))) add(name, "grp");
        }
        foreach (string title in titles.Where(t => t.EndsWith('.') && !t.Contains('-', StringComparison.Ordinal)))
        {
            string key = title.ToLowerInvariant();
            if (!classes.TryGetValue(key, out SortedSet<string>? set)) classes[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(Title);
        }
        return classes.ToDictionary(kv => kv.Key, kv => string.Join('+', kv.Value), StringComparer.Ordinal);
    }
}
