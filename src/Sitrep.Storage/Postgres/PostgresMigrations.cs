using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The ordered PostgreSQL schema scripts, embedded from Postgres/Migrations/NNNN_name.sql. As for
/// SQLite, versions run 1, 2, 3… without gaps; the store's version is the row in sitrep_schema.
/// </summary>
internal sealed class PostgresMigrations
{
    private const string ResourcePrefix = "Sitrep.Storage.Postgres.Migrations.";

    public PostgresMigrations(IEnumerable<MigrationScript> scripts)
    {
        Scripts = [.. scripts.OrderBy(s => s.Version)];
        for (int i = 0; i < Scripts.Length; i++)
        {
            if (Scripts[i].Version != i + 1)
                throw new InvalidOperationException($"Migration '{Scripts[i].Name}' has version {Scripts[i].Version}; expected {i + 1} (versions run 1, 2, 3… without gaps).");
        }
    }

    public static PostgresMigrations Embedded { get; } = new(LoadEmbedded());

    public ImmutableArray<MigrationScript> Scripts { get; }

    public int Latest => Scripts.Length;

    public IEnumerable<MigrationScript> After(int version) => Scripts.Where(s => s.Version > version);

    private static IEnumerable<MigrationScript> LoadEmbedded()
    {
        Assembly assembly = typeof(PostgresMigrations).Assembly;
        foreach (string resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            string name = resource[ResourcePrefix.Length..];
            int underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !name.EndsWith(".sql", StringComparison.Ordinal) ||
                !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
                throw new InvalidOperationException($"Embedded migration '{name}' is not named NNNN_description.sql.");
            using Stream stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration '{name}' cannot be read.");
            using var reader = new StreamReader(stream);
            yield return new MigrationScript(version, name, reader.ReadToEnd());
        }
    }
}
