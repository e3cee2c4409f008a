using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Tests.Dates;

public class PublishedDateParserTests
{
    [Theory]
    [InlineData("2025-06-06")]
    [InlineData("2025/06/06")]
    [InlineData("6 June 2025")]
    [InlineData("June 6, 2025")]
    [InlineData("Jun 6, 2025")]
    [InlineData("2025-06-06T10:15:00")]
    [InlineData("2025-06-06T10:15:00Z")]
    [InlineData("2025-06-06T10:15:00.123+02:00")]
    [InlineData("Fri, 06 Jun 2025 10:15:00 +0000")]
    [InlineData("Fri, 6 Jun 2025 10:15:00 GMT")]
    public void TryParse_KnownFormats_GiveTheDay(string value)
    {
        Assert.True(PublishedDateParser.TryParse(value, out PublishedDate published));
        Assert.Equal(new DateOnly(2025, 6, 6), published.Date);
    }

    [Fact]
    public void TryParse_ZonedTime_KeepsThePublishersDay()
    {
        Assert.True(PublishedDateParser.TryParse("2025-06-06T23:30:00-05:00", out PublishedDate published));
        Assert.Equal(new DateOnly(2025, 6, 6), published.Date);
        Assert.Equal(TimeSpan.FromHours(-5), published.Instant!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("06/07/2025")]
    [InlineData("2025-13-40")]
    [InlineData("2025")]
    public void TryParse_UnknownOrAmbiguous_IsRefused(string value)
    {
        Assert.False(PublishedDateParser.TryParse(value, out _));
    }
}
