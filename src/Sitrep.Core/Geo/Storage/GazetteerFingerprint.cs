namespace Sitrep.Geo.Storage;

/// <summary>
/// A hash of the source files a gazetteer folder's index is built from. gazetteer.bin records it,
/// so that a binary older than a hand edit to aliases.tsv is noticed and not used.
/// </summary>
internal static class GazetteerFingerprint
{
    /// <summary>The files whose content decides the entries and names (countries.tsv is also read at every load, for its demonyms).</summary>
    public static readonly string[] SourceFiles = ["countries.tsv", "places.tsv", "aliases.tsv", "admin-affixes.tsv"];

    public static ulong Of(string directory)
    {
        ulong hash = 0;
        byte[] block = new byte[1 << 20];
        foreach (string file in SourceFiles)
        {
            string path = Path.Combine(directory, file);
            hash = StableHash.OfBytes(System.Text.Encoding.UTF8.GetBytes(file), hash);
            if (!File.Exists(path)) continue;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false)) > 0)
                hash = StableHash.OfBytes(block.AsSpan(0, read), hash);
        }
        return hash;
    }
}
