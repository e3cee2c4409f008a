using System.Text.Json;
using Sitrep.Actors;
using Sitrep.TestSupport;
using Xunit.Abstractions;

namespace Sitrep.Tests.Actors;

/// <summary>How many of the actors the dev gold expects the dictionary can name.</summary>
public class GoldActorCoverageTests(ITestOutputHelper output)
{
    [SharedDataFact("eval", "dev")]
    public void Resolve_GoldActorNames_MostAreCovered()
    {
        ActorDictionary dictionary = BundledActors.Dictionary;
        var lists = GoldActorLists(RepoPaths.SharedPath("eval", "dev")!).ToList();
        int canonical = 0, any = 0;
        var missing = new List<string>();
        foreach (IReadOnlyList<string> names in lists)
        {
            var keys = names.Select(ActorDictionary.NameKey).ToHashSet();
            bool agrees(Actor a) => keys.Contains(ActorDictionary.NameKey(a.Name));
            // As the scorer does: any name the actor may be printed under equals a gold name.
            bool printedAgrees(Actor a) => a.Aliases.Prepend(a.Name).Any(n => keys.Contains(ActorDictionary.NameKey(n)));
            if (dictionary.Resolve(names[0]).Any(agrees)) canonical++;
            if (names.Any(n => dictionary.Resolve(n).Any(printedAgrees))) any++;
            else missing.Add(names[0]);
        }
        double canonicalShare = (double)canonical / lists.Count, anyShare = (double)any / lists.Count;
        output.WriteLine($"gold actor lists: {lists.Count}; gold canonical name resolves to that actor: {canonical} ({canonicalShare:P1}); some gold name resolves to an actor printed under a gold name: {any} ({anyShare:P1})");
        output.WriteLine("not covered: " + string.Join("; ", missing.Distinct()));
        Assert.True(anyShare >= 0.90, $"coverage {anyShare:P1} below the 90% floor");
    }

    private static IEnumerable<IReadOnlyList<string>> GoldActorLists(string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (JsonElement e in doc.RootElement.GetProperty("events").EnumerateArray())
            {
                foreach (string field in new[] { "actor1", "actor2" })
                {
                    if (e.TryGetProperty(field, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
                        yield return Names(list);
                }
                foreach (string field in new[] { "assoc_actor1", "assoc_actor2" })
                {
                    if (!e.TryGetProperty(field, out JsonElement lists) || lists.ValueKind != JsonValueKind.Array) continue;
                    foreach (JsonElement list in lists.EnumerateArray())
                    {
                        if (list.ValueKind == JsonValueKind.Array) yield return Names(list);
                    }
                }
            }
        }
    }

    private static string[] Names(JsonElement list) => [.. list.EnumerateArray().Select(n => n.GetString() ?? "")];
}
