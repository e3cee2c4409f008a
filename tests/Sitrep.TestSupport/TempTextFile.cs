namespace Sitrep.TestSupport;

/// <summary>Runs a file loader on text written to a temporary file, which is deleted afterwards.</summary>
public static class TempTextFile
{
    public static T Load<T>(string text, Func<string, T> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            return load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
