using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Documents;
using Sitrep.Errors;
using Sitrep.Events;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Web.Output;

namespace Sitrep.Web.Api;

/// <summary>
/// POST /api/extract: an article in the body (plain text, HTML, a feed, JSON lines), its documents
/// and events out. Nothing is stored. Bodies over the limit are refused before they are read whole.
/// </summary>
internal static class ExtractApi
{
    public static void Map(IEndpointRouteBuilder app, SitrepServerOptions options)
    {
        DocumentPipeline? pipeline = options.Resources is SitrepResources resources ? SitrepPipeline.CreateDefault(resources) : null;
        app.MapPost("/api/extract", (HttpRequest request, string? published, CancellationToken cancellationToken) =>
                Extract(request, published, pipeline, options.MaxExtractBytes, cancellationToken))
            .WithName("Extract")
            .WithSummary("Extracts events from the request body (text, HTML, RSS/Atom, JSON lines) without storing them.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery();
    }

    private static async Task<IResult> Extract(HttpRequest request, string? published, DocumentPipeline? pipeline, int maxBytes, CancellationToken cancellationToken)
    {
        var parser = new ParameterParser();
        DateOnly? publishedDate = parser.Date("published", published);
        if (parser.Failed) return ApiProblems.BadParameter(parser.ErrorParameter!, parser.Error!);
        if (pipeline is null)
            return ApiProblems.From(new Problem(ErrorCodes.ExtractionUnavailable, "/api/extract", "this server was started without the pipeline's data"),
                StatusCodes.Status503ServiceUnavailable, aboutParameter: false);
        if (request.ContentLength > maxBytes) return TooLarge(request.ContentLength.Value, maxBytes);
        byte[]? body = await ReadLimited(request.Body, maxBytes, cancellationToken);
        if (body is null) return TooLarge(null, maxBytes);

        var reader = new DocumentReader(new ReaderOptions { MaxBytes = maxBytes, PublishedOverride = publishedDate });
        FileReadResult read = reader.ReadContent("request", body, cancellationToken);
        var results = new List<PipelineResult>(read.Documents.Length);
        foreach (Document[] batch in read.Documents.Chunk(DocumentPipeline.DefaultBatchSize)) results.AddRange(pipeline.RunBatch(batch, cancellationToken));
        return JsonBody.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (PipelineResult result in results) WriteDocument(json, result);
            json.WriteEndArray();
            WriteProblems(json, read.Problems.Concat(results.Where(r => r.Failure is not null).Select(r => r.Failure!.ToProblem("request"))));
            json.WriteEndObject();
        });
    }

    private static void WriteDocument(Utf8JsonWriter json, PipelineResult result)
    {
        Document document = result.Document;
        json.WriteStartObject();
        json.WriteString("id", document.Id.Value);
        JsonBody.NullableString(json, "title", document.Metadata.Title);
        JsonBody.NullableString(json, "url", document.Metadata.Url);
        JsonBody.NullableDate(json, "published", document.Metadata.Published);
        json.WriteString("text", document.Text);
        json.WriteStartArray("events");
        foreach (ConflictEvent e in document.Get(EventLayers.Events)) EventJsonWriter.Write(json, e);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProblems(Utf8JsonWriter json, IEnumerable<Problem> problems)
    {
        json.WriteStartArray("problems");
        foreach (Problem problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("code", problem.Code.Code);
            json.WriteString("severity", problem.IsError ? "error" : "warning");
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The body, or null when it holds more than <paramref name="maxBytes"/> (chunked bodies give no length up front).</summary>
    private static async Task<byte[]?> ReadLimited(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult TooLarge(long? length, int maxBytes) =>
        ApiProblems.From(new Problem(ErrorCodes.RequestTooLarge, "/api/extract",
                length is long n ? $"the body has {n} bytes; this server extracts at most {maxBytes}" : $"the body exceeds {maxBytes} bytes, the most this server extracts"),
            StatusCodes.Status413PayloadTooLarge, aboutParameter: false);
}
