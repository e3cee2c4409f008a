using System.Globalization;
using Npgsql;
using Sitrep.Errors;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// A PostgreSQL store location: a <c>postgres://user:password@host:port/database?key=value</c>
/// URL or an Npgsql connection string (<c>Host=...;Database=...</c>), with a display form that
/// never shows the password.
/// </summary>
public sealed record PostgresLocation
{
    private PostgresLocation(string connectionString, string display)
    {
        ConnectionString = connectionString;
        Display = display;
    }

    public string ConnectionString { get; }

    /// <summary>host:port/database, for messages and logs.</summary>
    public string Display { get; }

    /// <summary>Whether <paramref name="location"/> names a PostgreSQL store rather than an SQLite file.</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
            location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
            location.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses a location; a malformed one is a <see cref="StoreException"/> with <see cref="ErrorCodes.StoreUnavailable"/>.</summary>
    public static PostgresLocation Parse(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = location.Contains("://", StringComparison.Ordinal) ? FromUrl(location) : new NpgsqlConnectionStringBuilder(location);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or UriFormatException)
        {
            throw new StoreException(ErrorCodes.StoreUnavailable, "postgres",
                $"the PostgreSQL location is malformed ({ex.Message}); give postgres://user:password@host:port/database or Host=...;Database=...", ex);
        }
        if (string.IsNullOrEmpty(builder.Host))
            throw new StoreException(ErrorCodes.StoreUnavailable, "postgres", "the PostgreSQL location names no host");
        string display = string.Create(CultureInfo.InvariantCulture, $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? ""}");
        return new PostgresLocation(builder.ConnectionString, display);
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string location)
    {
        var uri = new Uri(location);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            // Unknown keys throw, so a typo is reported instead of silently ignored.
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder;
    }

    public override string ToString() => Display;
}
