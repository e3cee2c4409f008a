using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The ordered schema scripts, embedded from Sqlite/Migrations/NNNN_name.sql. Versions must run
/// 1, 2, 3… without gaps, since a store's <c>PRAGMA user_version</c> says how many have run.
/// </summary>
internal sealed class SqliteMigrations
{
    private const string ResourcePrefix = "Sitrep.Storage.Sqlite.Migrations.";

    public SqliteMigrations(IEnumerable<MigrationScript> scripts)
    {
        Scripts = [.. scripts.OrderBy(s => s.Version)];
        for (int i = 0; i < Scripts.Length; i++)
        {
            if (Scripts[i].Version != i + 1)
                throw new InvalidOperationException($"Migration '{Scripts[i].Name}' has version {Scripts[i].Version}; expected {i + 1} (versions run 1, 2, 3… without gaps).");
        }
    }

    public static SqliteMigrations Embedded { get; } = new(LoadEmbedded());

    public ImmutableArray<MigrationScript> Scripts { get; }

    public int Latest => Scripts.Length;

    public IEnumerable<MigrationScript> After(int version) => Scripts.Where(s => s.Version > version);

    private static IEnumerable<MigrationScript> LoadEmbedded()
    {
        Assembly assembly = typeof(SqliteMigrations).Assembly;
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
