namespace Sitrep.Cli.Output;

/// <summary>
/// Writes a file all at once as far as readers can tell: into a temporary file beside it, then a
/// rename over the target. A failed or cancelled write leaves the old file (or none) in place.
/// </summary>
internal static class AtomicFile
{
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            T result;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                result = write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
            return result;
        }
        finally
        {
            // After a successful move the temporary name is gone; otherwise this removes the partial file.
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
