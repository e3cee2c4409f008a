using System.Text;

namespace Sitrep.Ingest.Tests;

/// <summary>Small helpers for reading hand-written fixtures and temporary files.</summary>
internal static class TestInput
{
    public static DocumentReader Reader(ReaderOptions? options = null) => new(options ?? new ReaderOptions());

    public static FileReadResult Read(string name, string content, ReaderOptions? options = null) =>
        Reader(options).ReadContent(name, Encoding.UTF8.GetBytes(content), CancellationToken.None);

    public static FileReadResult Read(string name, byte[] content, ReaderOptions? options = null) =>
        Reader(options).ReadContent(name, content, CancellationToken.None);
}

/// <summary>A temporary directory removed when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("sitrep-ingest-").FullName;
    }

    public string Path { get; }

    public string Write(string relative, string content)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string Write(string relative, byte[] content)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            // A test may have locked a directory; unlock before deleting. Locked directories cannot be listed, so unlock top-down.
            RestoreAccess(Path);
        }
        Directory.Delete(Path, recursive: true);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void RestoreAccess(string directory)
    {
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (string sub in Directory.GetDirectories(directory)) RestoreAccess(sub);
    }
}
