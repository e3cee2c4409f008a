using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Events;

namespace Sitrep.Evaluation.Gold;

/// <summary>Readers for the nested objects of a gold event: fatalities and claims.</summary>
internal static class GoldFieldParsers
{
    public static FatalityCount? ReadFatalities(JsonFields fields)
    {
        if (!fields.TryGet("fatalities", out JsonElement value)) return FatalityCount.Unknown;
        if (value.ValueKind != JsonValueKind.Object)
        {
            fields.Error("fatalities", "must be an object with low, best and high");
            return null;
        }
        var counts = new JsonFields(value, Sink(fields), $"{fields.Label}: fatalities");
        bool valid = true;
        int? low = counts.OptionalCount("low", ref valid);
        int? best = counts.OptionalCount("best", ref valid);
        int? high = counts.OptionalCount("high", ref valid);
        if (!valid) return null;
        if ((low is int l && best is int b && l > b) || (best is int b2 && high is int h && b2 > h) || (low is int l2 && high is int h2 && l2 > h2))
        {
            fields.Error("fatalities", $"low {low}, best {best}, high {high} are not in order");
            return null;
        }
        return new FatalityCount(low, best, high);
    }

    public static ImmutableArray<Claim>? ReadClaims(JsonFields fields)
    {
        if (!fields.TryGet("claims", out JsonElement value)) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            fields.Error("claims", "must be a list of {\"by\": [...], \"what\": ...}");
            return null;
        }
        var claims = ImmutableArray.CreateBuilder<Claim>();
        int index = 0;
        foreach (JsonElement element in value.EnumerateArray())
        {
            index++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                fields.Error("claims", $"claim #{index} must be an object");
                return null;
            }
            var claim = new JsonFields(element, Sink(fields), $"{fields.Label}: claim #{index}");
            ImmutableArray<string>? by = claim.TryGet("by", out JsonElement byValue) ? claim.Names(byValue, "by") : [];
            ClaimKind? what = GoldEventParser.ReadEnum<ClaimKind>(claim, "what", required: true);
            if (by is null || what is null) return null;
            claims.Add(new Claim(by.Value, what.Value));
        }
        return claims.ToImmutable();
    }

    private static ProblemSink Sink(JsonFields fields) => fields.Problems;
}
