using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage;

/// <summary>
/// Opens the store a location names, so hosts (CLI, server) need not know the backends: a
/// <c>postgres://</c> URL or a <c>Host=...;Database=...</c> connection string opens PostgreSQL,
/// anything else is the path of an SQLite file.
/// </summary>
public static class EventStores
{
    /// <summary>The store file used when neither an option nor SITREP_DB names one.</summary>
    public const string DefaultLocation = "sitrep.db";

    public const string EnvironmentVariable = "SITREP_DB";

    /// <summary>The location to open: the explicit one, else the SITREP_DB value, else <see cref="DefaultLocation"/>.</summary>
    public static string Resolve(string? explicitLocation, string? environmentValue) =>
        !string.IsNullOrWhiteSpace(explicitLocation) ? explicitLocation
        : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
        : DefaultLocation;

    /// <summary>Opens (creating or migrating as needed) the store at <paramref name="location"/>; failures are <see cref="StoreException"/>s.</summary>
    public static IEventStore Open(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return PostgresLocation.IsPostgres(location) ? PostgresEventStore.Open(location) : SqliteEventStore.Open(location);
    }
}
