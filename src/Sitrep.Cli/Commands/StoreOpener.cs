using Sitrep.Storage;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Cli.Commands;

internal static class StoreOpener
{
    /// <summary>Opens the store, or prints why it cannot be opened and returns null.</summary>
    public static IEventStore? Open(CliContext context, string path)
    {
        try
        {
            return SqliteEventStore.Open(path);
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine($"{path}: {ex.Code.Code}: {ex.Message}");
            return null;
        }
    }
}
