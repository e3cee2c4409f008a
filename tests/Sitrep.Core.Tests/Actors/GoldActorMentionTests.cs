using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Actors;
using Sitrep.TestSupport;
using Xunit.Abstractions;

namespace Sitrep.Tests.Actors;

/// <summary>Runs the matcher on the dev articles: how many gold actors it finds, and how fast.</summary>
public class GoldActorMentionTests(ITestOutputHelper output)
{
    [SharedDataFact("eval", "dev")]
    public void Match_DevArticles_FindsMostGoldActorsQuickly()
    {
        ActorDictionary dictionary = BundledActors.Dictionary;
        var matcher = new ActorMatcher(dictionary);
        string folder = RepoPaths.SharedPath("eval", "dev")!;
        int lists = 0, found = 0, articles = 0, mentions = 0;
        var missed = new List<string>();
        var newNames = new List<string>();
        var clock = new Stopwatch();
        foreach (string goldPath in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            string textPath = goldPath.Replace(".gold.json", ".txt", StringComparison.Ordinal);
            if (!File.Exists(textPath)) continue;
            Article article = ReadArticle(textPath);
            clock.Start();
            IReadOnlyList<ActorMention> found1 = matcher.Match(article.Body, article.Published, null, article.Title);
            clock.Stop();
            articles++;
            mentions += found1.Count;
            newNames.AddRange(found1.Where(m => !m.Known).Select(m => m.Text));
            var printed = found1.Select(m => m.Name).Distinct()
                .SelectMany(n => dictionary.Resolve(n).SelectMany(a => a.Aliases.Prepend(a.Name)).Append(n))
                .Select(ActorDictionary.NameKey).ToHashSet();
            foreach (string[] names in GoldLists(goldPath).DistinctBy(l => string.Join("|", l)))
            {
                lists++;
                if (names.Any(n => printed.Contains(ActorDictionary.NameKey(n)))) found++;
                else missed.Add($"{Path.GetFileName(goldPath)}: {names[0]}");
            }
        }
        // Warm-up is included; the per-article figure is an upper bound.
        double msPerArticle = clock.Elapsed.TotalMilliseconds / Math.Max(1, articles);
        output.WriteLine($"articles {articles}, mentions {mentions}, gold actors found {found}/{lists} ({(double)found / lists:P1}), {msPerArticle:F3} ms per article");
        output.WriteLine("missed: " + string.Join("; ", missed));
        output.WriteLine("new names: " + string.Join("; ", newNames.Distinct()));
        Assert.True((double)found / lists >= 0.75, $"only {found}/{lists} gold actors found");
    }

    [SharedDataFact("eval", "dev")]
    public void GuessCountry_DevArticles_MostlyTheCountryOfTheEvents()
    {
        var matcher = new ActorMatcher(BundledActors.Dictionary);
        string folder = RepoPaths.SharedPath("eval", "dev")!;
        int articles = 0, right = 0;
        var wrong = new List<string>();
        foreach (string goldPath in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            string textPath = goldPath.Replace(".gold.json", ".txt", StringComparison.Ordinal);
            if (!File.Exists(textPath) || GoldCountry(goldPath) is not string expected) continue;
            Article article = ReadArticle(textPath);
            string? guess = matcher.GuessCountry(article.Body, article.Title);
            articles++;
            if (guess == expected) right++;
            else wrong.Add($"{Path.GetFileName(textPath)}: {guess ?? "none"} (gold {expected})");
        }
        output.WriteLine($"document country guessed right for {right}/{articles} articles; wrong: {string.Join("; ", wrong)}");
        Assert.True(right >= articles * 0.85, $"only {right}/{articles} document countries right");
    }

    /// <summary>The country most of an article's required gold events happen in.</summary>
    private static string? GoldCountry(string path)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => !(e.TryGetProperty("required", out JsonElement req) && req.ValueKind == JsonValueKind.False))
            .Select(e => e.TryGetProperty("country", out JsonElement c) ? c.GetString() : null)
            .OfType<string>().GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    private sealed record Article(string Body, DateOnly? Published, string? Title);

    private static Article ReadArticle(string path)
    {
        string text = File.ReadAllText(path);
        DateOnly? published = null;
        string? title = null;
        int bodyStart = 0;
        if (text.StartsWith("date ", StringComparison.Ordinal))
        {
            int eol = text.IndexOf('\n');
            if (DateOnly.TryParseExact(text[5..eol].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)) published = d;
            bodyStart = eol + 1;
        }
        else
        {
            int blank = text.IndexOf("\n\n", StringComparison.Ordinal);
            foreach (string line in text[..Math.Max(0, blank)].Split('\n'))
            {
                if (line.StartsWith("published:", StringComparison.Ordinal)
                    && DateOnly.TryParseExact(line[10..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)) published = d;
                if (line.StartsWith("title:", StringComparison.Ordinal)) title = line[6..].Trim();
            }
            bodyStart = blank < 0 ? 0 : blank + 2;
        }
        return new Article(text[bodyStart..], published, title);
    }

    private static IEnumerable<string[]> GoldLists(string path)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new List<string[]>();
        foreach (JsonElement e in doc.RootElement.GetProperty("events").EnumerateArray())
        {
            if (e.TryGetProperty("required", out JsonElement req) && req.ValueKind == JsonValueKind.False) continue;
            foreach (string field in new[] { "actor1", "actor2" })
            {
                if (e.TryGetProperty(field, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
                    result.Add([.. list.EnumerateArray().Select(n => n.GetString() ?? "")]);
            }
        }
        return result;
    }
}
