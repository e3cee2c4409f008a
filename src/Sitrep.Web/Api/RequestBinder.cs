using Microsoft.AspNetCore.Http;
using Sitrep.Errors;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary>Turns a request's query string into a validated <see cref="EventQuery"/> or a 400 problem.</summary>
internal static class RequestBinder
{
    /// <summary>
    /// Validates the filters plus whatever the endpoint added with <paramref name="complete"/>, and
    /// refuses query keys the endpoint does not know (a misspelt filter would otherwise silently
    /// return everything).
    /// </summary>
    public static Bound<EventQuery> Bind(
        HttpRequest request, FilterParameters filters, IEnumerable<string> endpointParameters,
        Func<EventQuery, ParameterParser, EventQuery> complete)
    {
        var parser = new ParameterParser();
        var known = new HashSet<string>(FilterParameters.Names.Concat(endpointParameters), StringComparer.Ordinal);
        foreach (string key in request.Query.Keys)
        {
            if (!known.Contains(key)) parser.Reject(key, $"is not a parameter of this endpoint (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
            else if (request.Query[key].Count > 1) parser.Reject(key, "is given more than once");
        }
        EventQuery query = complete(filters.ToQuery(parser), parser);
        if (parser.Failed) return Bound<EventQuery>.Fail(ApiProblems.BadParameter(parser.ErrorParameter!, parser.Error!));
        if (query.Validate() is Problem problem) return Bound<EventQuery>.Fail(ApiProblems.From(problem, StatusCodes.Status400BadRequest));
        return Bound<EventQuery>.Ok(query);
    }
}
