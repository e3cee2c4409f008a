namespace Sitrep.Ingest.Tests.Files;

/// <summary>
/// A fact about unreadable directories; skipped where permissions are not enforced (Windows, or
/// running as root), found out by locking a scratch directory and trying to list it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PermissionsEnforcedFactAttribute : FactAttribute
{
    public PermissionsEnforcedFactAttribute()
    {
        if (OperatingSystem.IsWindows())
            Skip = "Unix permissions are needed to make a directory unreadable";
        else if (!LockingWorks())
            Skip = "a directory with mode 000 is still readable here (running as root?), so permission errors cannot be tested";
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool LockingWorks()
    {
        DirectoryInfo probe = Directory.CreateTempSubdirectory("sitrep-perm-probe-");
        try
        {
            File.SetUnixFileMode(probe.FullName, UnixFileMode.None);
            Directory.GetFiles(probe.FullName);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            File.SetUnixFileMode(probe.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            probe.Delete();
        }
    }
}
