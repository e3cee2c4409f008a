namespace Sitrep.Storage.Tests.Support;

/// <summary>A temporary directory holding a store file, removed with everything in it when disposed.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("sitrep-store-").FullName;
        Path = System.IO.Path.Combine(Directory, "sitrep.db");
    }

    public string Directory { get; }

    /// <summary>Where the store file goes; it does not exist until something creates it.</summary>
    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Directory, name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
