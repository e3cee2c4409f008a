using System.Collections.Frozen;
using Sitrep.Errors;

namespace Sitrep.Ingest.Files;

/// <summary>
/// Lists what a directory holds for reading: every supported file, recursively, in ordinal path
/// order, skipping gold files and hidden entries. An unreadable directory becomes a problem entry
/// and the rest of the tree is still listed.
/// </summary>
internal static class InputEnumerator
{
    private static readonly FrozenSet<string> SupportedExtensions = FrozenSet.ToFrozenSet(
        [".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".json", ".jsonl", ".ndjson"],
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<InputEntry> ListDirectory(string directory)
    {
        var entries = new List<InputEntry>();
        Walk(directory, entries);
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries;
    }

    public static bool IsSupported(string path)
    {
        string name = Path.GetFileName(path);
        return !name.StartsWith('.')
            && !name.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase)
            && SupportedExtensions.Contains(Path.GetExtension(name));
    }

    private static void Walk(string directory, List<InputEntry> entries)
    {
        string[] files, directories;
        try
        {
            files = Directory.GetFiles(directory);
            directories = Directory.GetDirectories(directory);
        }
        catch (UnauthorizedAccessException)
        {
            entries.Add(new InputEntry(directory, new Problem(ErrorCodes.AccessDenied, directory, "The directory cannot be listed: permission denied.")));
            return;
        }
        catch (IOException e)
        {
            entries.Add(new InputEntry(directory, new Problem(ErrorCodes.ReadFailed, directory, $"The directory cannot be listed: {e.Message}")));
            return;
        }
        entries.AddRange(files.Where(IsSupported).Select(f => new InputEntry(f, null)));
        foreach (string sub in directories)
        {
            if (!Path.GetFileName(sub).StartsWith('.')) Walk(sub, entries);
        }
    }
}
