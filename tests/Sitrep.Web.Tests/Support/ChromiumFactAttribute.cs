namespace Sitrep.Web.Tests.Support;

/// <summary>
/// A fact that drives the system's Chromium (Debian's <c>chromium</c>, never a downloaded browser);
/// skipped with a clear message when it is not installed. scripts/test.sh installs it, so CI runs these.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "SITREP_CHROMIUM";

    public ChromiumFactAttribute()
    {
        if (ExecutablePath is null)
            Skip = $"needs Chromium at /usr/bin/chromium (apt-get install -y chromium) or ${EnvironmentVariable}; scripts/test.sh installs it";
    }

    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is string path && File.Exists(path) ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : null;
}
