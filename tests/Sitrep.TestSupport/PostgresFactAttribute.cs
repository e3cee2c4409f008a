using Xunit;

namespace Sitrep.TestSupport;

/// <summary>Where the PostgreSQL integration tests connect: scripts/test.sh starts a cluster and sets the variable.</summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "SITREP_TEST_POSTGRES";

    public const string SkipMessage =
        "needs a PostgreSQL server: set " + EnvironmentVariable + " (scripts/test.sh does; or eval \"$(scripts/postgres.sh start >/dev/null; scripts/postgres.sh env)\")";

    /// <summary>The connection string of the test server's maintenance database, or null when none is configured.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? value : null;
}

/// <summary>A fact that needs the test PostgreSQL server; skipped with a clear message when SITREP_TEST_POSTGRES is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null) Skip = TestPostgres.SkipMessage;
    }
}

/// <summary>A theory that needs the test PostgreSQL server; skipped with a clear message when SITREP_TEST_POSTGRES is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestPostgres.ConnectionString is null) Skip = TestPostgres.SkipMessage;
    }
}
