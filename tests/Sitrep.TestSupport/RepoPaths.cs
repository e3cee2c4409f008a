namespace Sitrep.TestSupport;

/// <summary>Locates the repository and the `../shared` data folder beside it, wherever the tests run from.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder holding Sitrep.slnx.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>
    /// The `../shared` folder, or null when this checkout has none beside it. A git worktree under
    /// a folder of worktrees finds it beside an ancestor instead (`/work/wt/x` uses `/work/shared`).
    /// </summary>
    public static string? Shared
    {
        get
        {
            for (DirectoryInfo? dir = new(Root); dir?.Parent is not null; dir = dir.Parent)
            {
                string path = Path.Combine(dir.Parent.FullName, "shared");
                if (Directory.Exists(path)) return path;
            }
            return null;
        }
    }

    /// <summary>A path under `../shared`, or null when that file or folder is absent.</summary>
    public static string? SharedPath(params string[] parts)
    {
        if (Shared is not string shared) return null;
        string path = Path.Combine([shared, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Sitrep.slnx above {AppContext.BaseDirectory}.");
    }
}
