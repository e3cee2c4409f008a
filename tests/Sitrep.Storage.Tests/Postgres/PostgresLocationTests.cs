using Npgsql;
using Sitrep.Errors;
using Sitrep.Storage.Postgres;

namespace Sitrep.Storage.Tests.Postgres;

public class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://u@h/db", true)]
    [InlineData("POSTGRESQL://u@h/db", true)]
    [InlineData("Host=h;Database=db", true)]
    [InlineData("sitrep.db", false)]
    [InlineData("/data/postgres/sitrep.db", false)]
    public void IsPostgres_RecognisesUrlsAndConnectionStrings(string location, bool expected)
    {
        Assert.Equal(expected, PostgresLocation.IsPostgres(location));
    }

    [Fact]
    public void Parse_Url_GivesEveryPartAndHidesThePassword()
    {
        PostgresLocation location = PostgresLocation.Parse("postgres://analyst:s%40cret@db.example.org:6543/sit%20rep?Timeout=7");

        var built = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal("db.example.org", built.Host);
        Assert.Equal(6543, built.Port);
        Assert.Equal("sit rep", built.Database);
        Assert.Equal("analyst", built.Username);
        Assert.Equal("s@cret", built.Password);
        Assert.Equal(7, built.Timeout);
        Assert.Equal("db.example.org:6543/sit rep", location.Display);
        Assert.DoesNotContain("cret", location.ToString());
    }

    [Fact]
    public void Parse_ConnectionString_KeepsIt()
    {
        PostgresLocation location = PostgresLocation.Parse("Host=10.0.0.5;Port=5433;Database=events;Username=w");

        Assert.Equal("10.0.0.5:5433/events", location.Display);
        Assert.Equal("events", new NpgsqlConnectionStringBuilder(location.ConnectionString).Database);
    }

    [Theory]
    [InlineData("postgres://h/db?NoSuchSetting=1")]
    [InlineData("Host=h;Bogus Key=1")]
    [InlineData("postgres:///db")]
    public void Parse_Malformed_ThrowsStoreUnavailable(string location)
    {
        var ex = Assert.Throws<StoreException>(() => PostgresLocation.Parse(location));
        Assert.Equal(ErrorCodes.StoreUnavailable, ex.Code);
    }
}
