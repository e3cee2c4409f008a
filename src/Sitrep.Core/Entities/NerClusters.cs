using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Errors;

namespace Sitrep.Entities;

/// <summary>A word's classes at the three granularities of a cluster file, coarse to fine.</summary>
public readonly record struct NerWordClusters(int Coarse, int Middle, int Fine);

/// <summary>
/// Word classes learned from unlabelled text (<c>data/models/ner-clusters-en.txt</c>, written by
/// <c>tools/Sitrep.NerTrain --clusters</c>): they let the tagger treat a word it never saw
/// labelled like the words that occur in the same contexts. File: '#' comments, "version 1",
/// "classes" with the three class counts (coarse to fine), then one line per lower-case word:
/// the word and its class at each granularity, TAB-separated.
/// </summary>
public sealed class NerClusters
{
    public const int Version = 1;

    public NerClusters(IReadOnlyList<int> classes, IReadOnlyDictionary<string, NerWordClusters> words)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(words);
        if (classes.Count != 3) throw new ArgumentException("three granularities expected", nameof(classes));
        Classes = [.. classes];
        Words = words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The number of classes at each granularity, coarse to fine.</summary>
    public IReadOnlyList<int> Classes { get; }

    public FrozenDictionary<string, NerWordClusters> Words { get; }

    public void Save(string path, string comment)
    {
        using var writer = new StreamWriter(path);
        foreach (string line in comment.Split('\n')) writer.WriteLine("# " + line);
        writer.WriteLine("version\t" + Version.ToString(CultureInfo.InvariantCulture));
        writer.WriteLine("classes\t" + string.Join('\t', Classes.Select(c => c.ToString(CultureInfo.InvariantCulture))));
        foreach ((string word, NerWordClusters c) in Words.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{c.Coarse}\t{c.Middle}\t{c.Fine}"));
    }

    /// <summary>Loads a cluster file; a bad line comes back as a problem naming it.</summary>
    public static NerClustersLoadResult Load(string path)
    {
        if (!File.Exists(path)) return new NerClustersLoadResult(null, new Problem(ErrorCodes.DataFileMissing, path, "cluster file not found"));
        int line = 0;
        bool versioned = false;
        int[]? classes = null;
        var words = new Dictionary<string, NerWordClusters>(StringComparer.Ordinal);
        foreach (string text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#')) continue;
            string[] cells = text.Split('\t');
            if (!versioned)
            {
                if (cells.Length != 2 || cells[0] != "version" || cells[1] != Version.ToString(CultureInfo.InvariantCulture))
                    return Bad(path, line, $"expected 'version<TAB>{Version}' first (this build reads version {Version})");
                versioned = true;
                continue;
            }
            if (classes is null)
            {
                classes = cells.Length == 4 && cells[0] == "classes" ? ParseCounts(cells.AsSpan(1)) : null;
                if (classes is null) return Bad(path, line, "expected 'classes' and three positive class counts, coarse to fine");
                continue;
            }
            if (cells.Length != 4 || cells[0].Length == 0 || cells[0] != cells[0].ToLowerInvariant())
                return Bad(path, line, "expected a lower-case word and its three classes, TAB-separated");
            int[]? ids = ParseIds(cells.AsSpan(1), classes);
            if (ids is null) return Bad(path, line, $"bad class ids (each below its class count: {string.Join(", ", classes)})");
            if (!words.TryAdd(cells[0], new NerWordClusters(ids[0], ids[1], ids[2]))) return Bad(path, line, $"word '{cells[0]}' listed twice");
        }
        if (classes is null) return Bad(path, line, "no version and classes lines");
        return new NerClustersLoadResult(new NerClusters(classes, words), null);
    }

    private static int[]? ParseCounts(ReadOnlySpan<string> cells)
    {
        var result = new int[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            if (!int.TryParse(cells[i], NumberStyles.None, CultureInfo.InvariantCulture, out result[i]) || result[i] < 1) return null;
        }
        return result;
    }

    private static int[]? ParseIds(ReadOnlySpan<string> cells, int[] classes)
    {
        var ids = new int[classes.Length];
        for (int i = 0; i < classes.Length; i++)
        {
            if (!int.TryParse(cells[i], NumberStyles.None, CultureInfo.InvariantCulture, out ids[i]) || ids[i] >= classes[i]) return null;
        }
        return ids;
    }

    private static NerClustersLoadResult Bad(string path, int line, string message) =>
        new(null, new Problem(ErrorCodes.MalformedDataFile, path, message) { Line = line });
}

/// <summary>A loaded cluster file, or the problem that prevented loading it.</summary>
public sealed record NerClustersLoadResult(NerClusters? Clusters, Problem? Problem);
