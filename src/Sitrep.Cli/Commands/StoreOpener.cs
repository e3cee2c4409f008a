using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

internal static class StoreOpener
{
    /// <summary>Opens the store, or prints why it cannot be opened and returns null.</summary>
    public static IEventStore? Open(CliContext context, string location)
    {
        try
        {
            return EventStores.Open(location);
        }
        catch (StoreException ex)
        {
            context.Error.WriteLine(ex.ToProblem());
            return null;
        }
    }
}
