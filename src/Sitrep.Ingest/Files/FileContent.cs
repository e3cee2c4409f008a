using Sitrep.Errors;

namespace Sitrep.Ingest.Files;

/// <summary>A file's bytes, or the problem that kept them from being read. The size limit is checked before reading.</summary>
internal sealed record FileContent(ReadOnlyMemory<byte> Bytes, Problem? Problem)
{
    public static FileContent Load(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return Fail(new Problem(ErrorCodes.FileNotFound, path, Directory.Exists(path) ? "The path is a directory, not a file." : "The file does not exist."));
            if (info.Length > maxBytes) return Fail(TooLarge(path, info.Length, maxBytes));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Read at most one byte past the limit so a file that grew since the check is still refused.
            byte[] buffer = new byte[Math.Min(info.Length, maxBytes) + 1];
            int total = 0, read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
            if (total > maxBytes) return Fail(TooLarge(path, total, maxBytes));
            return new FileContent(buffer.AsMemory(0, total), null);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(new Problem(ErrorCodes.AccessDenied, path, "The file cannot be read: permission denied."));
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(new Problem(ErrorCodes.FileNotFound, path, "The file does not exist."));
        }
        catch (IOException e)
        {
            return Fail(new Problem(ErrorCodes.ReadFailed, path, $"The file could not be read: {e.Message}"));
        }
    }

    public static Problem TooLarge(string subject, long length, long maxBytes) =>
        new(ErrorCodes.TooLarge, subject, $"The input is {length:N0} bytes, over the limit of {maxBytes:N0} bytes.");

    private static FileContent Fail(Problem problem) => new(ReadOnlyMemory<byte>.Empty, problem);
}
